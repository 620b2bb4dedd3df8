# precis for Makefile and IDE projects (as lwIP's Filelists.mk): the library's sources and the
# flags it needs. This is the ONE list of sources: CMake reads it too (cmake/sources.cmake), and
# the test Build.EverySourceIsListed fails when a .cpp under src/ is missing here.
#
#   PRECIS_DIR := path/to/precis
#   include $(PRECIS_DIR)/Filelists.mk
#   CPPFLAGS += $(PRECIS_CPPFLAGS)
#   CXXFLAGS += $(PRECIS_CXXFLAGS)
#   OBJS     += $(PRECIS_SRCS:.cpp=.o)
#
# C programs link the objects with the C driver: the library needs no C++ runtime. An IDE
# project adds the files of PRECIS_SRCS, the two include directories and the flags below.
# Build options (precis_options.h) go into PRECIS_CPPFLAGS, e.g. -DPRECIS_CLASSIC_ALGORITHMS=0.

PRECIS_DIR ?= .

PRECIS_SRCS = \
	$(PRECIS_DIR)/src/boilerplate.cpp \
	$(PRECIS_DIR)/src/build.cpp \
	$(PRECIS_DIR)/src/content.cpp \
	$(PRECIS_DIR)/src/discourse.cpp \
	$(PRECIS_DIR)/src/info.cpp \
	$(PRECIS_DIR)/src/keywords.cpp \
	$(PRECIS_DIR)/src/lang_de.cpp \
	$(PRECIS_DIR)/src/lang_es.cpp \
	$(PRECIS_DIR)/src/lang_fr.cpp \
	$(PRECIS_DIR)/src/lang_it.cpp \
	$(PRECIS_DIR)/src/lang_nl.cpp \
	$(PRECIS_DIR)/src/lang_pt.cpp \
	$(PRECIS_DIR)/src/language.cpp \
	$(PRECIS_DIR)/src/precis.cpp \
	$(PRECIS_DIR)/src/score.cpp \
	$(PRECIS_DIR)/src/score_centroid.cpp \
	$(PRECIS_DIR)/src/score_frequency.cpp \
	$(PRECIS_DIR)/src/score_graph.cpp \
	$(PRECIS_DIR)/src/segment.cpp \
	$(PRECIS_DIR)/src/select.cpp \
	$(PRECIS_DIR)/src/snowball.cpp \
	$(PRECIS_DIR)/src/stem.cpp \
	$(PRECIS_DIR)/src/stem_de.cpp \
	$(PRECIS_DIR)/src/stem_es.cpp \
	$(PRECIS_DIR)/src/stem_fr.cpp \
	$(PRECIS_DIR)/src/stem_it.cpp \
	$(PRECIS_DIR)/src/stem_nl.cpp \
	$(PRECIS_DIR)/src/stem_pt.cpp \
	$(PRECIS_DIR)/src/stopwords.cpp \
	$(PRECIS_DIR)/src/terms.cpp \
	$(PRECIS_DIR)/src/tokenize.cpp \
	$(PRECIS_DIR)/src/trim.cpp \
	$(PRECIS_DIR)/src/wordtable.cpp

# Public headers: include <precis/precis.h> (C99) or <precis/precis.hpp> (C++17 hosts).
PRECIS_INCLUDE_DIR = $(PRECIS_DIR)/include
PRECIS_CPPFLAGS = -I$(PRECIS_DIR)/include -I$(PRECIS_DIR)/src
# C++17, and what the library never uses: exceptions, RTTI, thread-safe statics. Only the C API
# is visible from the objects.
PRECIS_CXXFLAGS = -std=c++17 -fno-exceptions -fno-rtti -fno-threadsafe-statics \
	-fvisibility=hidden -fvisibility-inlines-hidden
