// repulsion_kernel.h: the innermost loop of the force layout, in one version per instruction set, chosen once at
// run time for the CPU the program runs on. A kernel sums, for each point of a small group, the repulsion of every
// body of the group's interaction list (quadtree.h): s += d * m / |d|^2, with d = point - body.
//
// Why several versions: g++ targets the x86-64 baseline (SSE2) by default, so one binary that must run on any
// x86-64 leaves a newer CPU's 256-bit vectors and fused multiply-add unused, while a browser's WebAssembly engine
// compiles wasm SIMD with whatever the CPU has. SSE2 gives exactly the scalar reference's forces; AVX2 and wasm SIMD
// compute in single precision relative to the group (within about 1e-6 of them: see the .cpp), for twice the lanes.
// A given binary on a given CPU path is deterministic.
#pragma once

#include <string>
#include <vector>

namespace sse {

enum class RepulsionPath { Scalar, Sse2, Avx2Fma, WasmSimd };

// The group's points (px, py; count of them) against the list (lx, ly, lm; len bodies): adds the sums to sx, sy.
// A body closer than 1e-9 (the point itself, a coincident point) adds nothing.
using RepulsionKernel = void (*)(const double* px, const double* py, int count, const double* lx, const double* ly,
                                 const double* lm, int len, double* sx, double* sy);

// The kernel in use (the fastest the CPU runs, unless SetRepulsionPath chose another).
RepulsionKernel ActiveRepulsionKernel();
RepulsionPath ActiveRepulsionPath();
// How many points should share one walk of the tree with the active kernel: a faster kernel makes longer
// interaction lists (larger groups) pay (measured on g5k: 128 for the single-precision kernels, 64 for the others).
int ActiveRepulsionGroupSize();
// True for the kernels that compute in single precision (AVX2, wasm SIMD): tests hold them to a tolerance.
bool IsSinglePrecision(RepulsionPath path);
// The paths this build and this CPU can run, scalar first.
std::vector<RepulsionPath> AvailableRepulsionPaths();
// Chooses a path (tests and benchmarks compare them); false, and nothing changes, when it is not available.
bool SetRepulsionPath(RepulsionPath path);
// "scalar", "sse2", "avx2-fma", "wasm-simd".
const char* RepulsionPathName(RepulsionPath path);
// Parses a name of RepulsionPathName; false for an unknown one.
bool ParseRepulsionPath(const std::string& name, RepulsionPath* out);

}  // namespace sse
