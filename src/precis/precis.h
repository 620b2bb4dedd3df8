/* For builds that put only src/ on the include path (Arduino): the sources' "precis/precis.h". */
#include "../../include/precis/precis.h"
