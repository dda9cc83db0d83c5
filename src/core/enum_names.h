// enum_names.h: the model enums' name tables now live in vocabulary.h (one table per concept, with display
// names). This header stays so that files which include it (the data loader and its parts) keep compiling.
#pragma once

#include "core/vocabulary.h"
