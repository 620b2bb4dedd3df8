/* For builds that put only src/ on the include path (Arduino): "precis/precis_options.h". */
#include "../../include/precis/precis_options.h"
