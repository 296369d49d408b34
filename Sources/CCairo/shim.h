#include <cairo/cairo.h>
#include <cairo/cairo-pdf.h>
#include <cairo/cairo-svg.h>
#include <cairo/cairo-ft.h>
#include <fontconfig/fontconfig.h>
#include <malloc.h> // mallopt, for the image buffers of RenderMemory
