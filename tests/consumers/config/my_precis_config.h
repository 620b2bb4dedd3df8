/* A user's option file for precis (cmake -DPRECIS_CONFIG_FILE=.../my_precis_config.h): the
 * firmware build, and two sentences when the config's budget is zero. */
#define PRECIS_CLASSIC_ALGORITHMS 0
#define PRECIS_DEFAULT_BUDGET 2u
