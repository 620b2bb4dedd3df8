/* For Arduino, which finds a library by a header at the top of its src/ and compiles with
 * -I<library>/src only: `#include <precis.h>` in a sketch. The header is include/precis/precis.h. */
#include "../include/precis/precis.h"
