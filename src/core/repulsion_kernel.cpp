// repulsion_kernel.cpp: see repulsion_kernel.h. Every vector version processes the group's points four (or eight)
// at a time with the list broadcast one body at a time, and finishes the remaining points with the scalar loop.
#include "core/repulsion_kernel.h"

#include <vector>

#if defined(__wasm_simd128__)
#include <wasm_simd128.h>
#elif defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define SSE_X86 1
#endif

namespace sse {

namespace {

constexpr double Coincident = 1e-18;  // |d|^2 below this: the point itself or a coincident one

void ScalarRange(const double* px, const double* py, int begin, int end, const double* lx, const double* ly,
                 const double* lm, int len, double* sx, double* sy) {
    for (int i = begin; i < end; ++i) {
        const double xi = px[i], yi = py[i];
        double ax = 0, ay = 0;
        for (int l = 0; l < len; ++l) {
            const double dx = xi - lx[l], dy = yi - ly[l], d2 = dx * dx + dy * dy;
            const double f = d2 > Coincident ? lm[l] / d2 : 0.0;
            ax += dx * f;
            ay += dy * f;
        }
        sx[i] += ax;
        sy[i] += ay;
    }
}

void ScalarKernel(const double* px, const double* py, int count, const double* lx, const double* ly, const double* lm,
                  int len, double* sx, double* sy) {
    ScalarRange(px, py, 0, count, lx, ly, lm, len, sx, sy);
}

// Group and list in single precision relative to the group's first point (see the AVX2 kernel below for why that
// keeps the accuracy): both kernels share this preparation. Returns the padded count (a multiple of `lanes`).
[[maybe_unused]] size_t ToRelativeFloats(const double* px, const double* py, int count, const double* lx, const double* ly,
                        const double* lm, int len, size_t lanes, std::vector<float>& scratch, float** fx, float** fy,
                        float** bx, float** by, float** bm) {
    const size_t padded = (static_cast<size_t>(count) + lanes - 1) / lanes * lanes;
    scratch.resize(2 * padded + 3 * static_cast<size_t>(len));
    *fx = scratch.data();
    *fy = *fx + padded;
    *bx = *fy + padded;
    *by = *bx + len;
    *bm = *by + len;
    const double ox = px[0], oy = py[0];
    for (int i = 0; i < count; ++i) {
        (*fx)[i] = static_cast<float>(px[i] - ox);
        (*fy)[i] = static_cast<float>(py[i] - oy);
    }
    for (size_t i = count; i < padded; ++i) (*fx)[i] = (*fy)[i] = 0.0f;  // padding lanes: computed, then dropped
    for (int l = 0; l < len; ++l) {
        (*bx)[l] = static_cast<float>(lx[l] - ox);
        (*by)[l] = static_cast<float>(ly[l] - oy);
        (*bm)[l] = static_cast<float>(lm[l]);
    }
    return padded;
}

#if defined(__wasm_simd128__)
// WebAssembly SIMD: eight points at once in two 128-bit vectors of single-precision numbers, relative to the group
// (as the AVX2 kernel; wasm has no reciprocal estimate, so a division: still twice the lanes of doubles).
void WasmKernel(const double* px, const double* py, int count, const double* lx, const double* ly, const double* lm,
                int len, double* sx, double* sy) {
    if (count <= 0) return;
    static std::vector<float> scratch;  // reused: no allocation once grown (wasm runs this on one thread)
    float *fx, *fy, *bx, *by, *bm;
    const size_t padded = ToRelativeFloats(px, py, count, lx, ly, lm, len, 8, scratch, &fx, &fy, &bx, &by, &bm);
    const v128_t eps = wasm_f32x4_splat(1e-18f);
    for (size_t i = 0; i < padded; i += 8) {
        const v128_t xa = wasm_v128_load(fx + i), xb = wasm_v128_load(fx + i + 4);
        const v128_t ya = wasm_v128_load(fy + i), yb = wasm_v128_load(fy + i + 4);
        v128_t sxa = wasm_f32x4_splat(0.0f), sya = sxa, sxb = sxa, syb = sxa;
        for (int l = 0; l < len; ++l) {
            const v128_t qx = wasm_f32x4_splat(bx[l]), qy = wasm_f32x4_splat(by[l]), qm = wasm_f32x4_splat(bm[l]);
            const v128_t dxa = wasm_f32x4_sub(xa, qx), dya = wasm_f32x4_sub(ya, qy);
            const v128_t dxb = wasm_f32x4_sub(xb, qx), dyb = wasm_f32x4_sub(yb, qy);
            const v128_t d2a = wasm_f32x4_add(wasm_f32x4_mul(dxa, dxa), wasm_f32x4_mul(dya, dya));
            const v128_t d2b = wasm_f32x4_add(wasm_f32x4_mul(dxb, dxb), wasm_f32x4_mul(dyb, dyb));
            // The mask zeroes the quotient of a coincident body (even an infinite one).
            const v128_t fa = wasm_v128_and(wasm_f32x4_div(qm, d2a), wasm_f32x4_gt(d2a, eps));
            const v128_t fb = wasm_v128_and(wasm_f32x4_div(qm, d2b), wasm_f32x4_gt(d2b, eps));
            sxa = wasm_f32x4_add(sxa, wasm_f32x4_mul(dxa, fa));
            sya = wasm_f32x4_add(sya, wasm_f32x4_mul(dya, fa));
            sxb = wasm_f32x4_add(sxb, wasm_f32x4_mul(dxb, fb));
            syb = wasm_f32x4_add(syb, wasm_f32x4_mul(dyb, fb));
        }
        float out[4][8];
        wasm_v128_store(out[0], sxa);
        wasm_v128_store(out[0] + 4, sxb);
        wasm_v128_store(out[1], sya);
        wasm_v128_store(out[1] + 4, syb);
        for (size_t j = 0; j < 8 && i + j < static_cast<size_t>(count); ++j) {
            sx[i + j] += out[0][j];
            sy[i + j] += out[1][j];
        }
    }
}
#endif

#if defined(SSE_X86)
// SSE2 (every x86-64 processor): four points at once in doubles, each lane doing exactly the scalar loop's
// operations in the same order (no fused multiply-add without -mfma): bit-for-bit the scalar forces.
void Sse2Kernel(const double* px, const double* py, int count, const double* lx, const double* ly, const double* lm,
                int len, double* sx, double* sy) {
    const __m128d eps = _mm_set1_pd(Coincident);
    int i = 0;
    for (; i + 3 < count; i += 4) {
        const __m128d xa = _mm_loadu_pd(px + i), xb = _mm_loadu_pd(px + i + 2);
        const __m128d ya = _mm_loadu_pd(py + i), yb = _mm_loadu_pd(py + i + 2);
        __m128d sxa = _mm_setzero_pd(), sya = sxa, sxb = sxa, syb = sxa;
        for (int l = 0; l < len; ++l) {
            const __m128d bx = _mm_set1_pd(lx[l]), by = _mm_set1_pd(ly[l]), bm = _mm_set1_pd(lm[l]);
            const __m128d dxa = _mm_sub_pd(xa, bx), dya = _mm_sub_pd(ya, by);
            const __m128d dxb = _mm_sub_pd(xb, bx), dyb = _mm_sub_pd(yb, by);
            const __m128d d2a = _mm_add_pd(_mm_mul_pd(dxa, dxa), _mm_mul_pd(dya, dya));
            const __m128d d2b = _mm_add_pd(_mm_mul_pd(dxb, dxb), _mm_mul_pd(dyb, dyb));
            const __m128d fa = _mm_and_pd(_mm_div_pd(bm, d2a), _mm_cmpgt_pd(d2a, eps));
            const __m128d fb = _mm_and_pd(_mm_div_pd(bm, d2b), _mm_cmpgt_pd(d2b, eps));
            sxa = _mm_add_pd(sxa, _mm_mul_pd(dxa, fa));
            sya = _mm_add_pd(sya, _mm_mul_pd(dya, fa));
            sxb = _mm_add_pd(sxb, _mm_mul_pd(dxb, fb));
            syb = _mm_add_pd(syb, _mm_mul_pd(dyb, fb));
        }
        _mm_storeu_pd(sx + i, _mm_add_pd(_mm_loadu_pd(sx + i), sxa));
        _mm_storeu_pd(sx + i + 2, _mm_add_pd(_mm_loadu_pd(sx + i + 2), sxb));
        _mm_storeu_pd(sy + i, _mm_add_pd(_mm_loadu_pd(sy + i), sya));
        _mm_storeu_pd(sy + i + 2, _mm_add_pd(_mm_loadu_pd(sy + i + 2), syb));
    }
    ScalarRange(px, py, i, count, lx, ly, lm, len, sx, sy);
}

// AVX2 + FMA (x86-64-v3: Intel since 2013, AMD since 2015), compiled for that target in these functions only and
// called only when the CPU says it has both. Sixteen points at once in two 256-bit vectors of single-precision
// numbers: twice the lanes of doubles, and a reciprocal estimate refined by one Newton step instead of the divider
// (which is what the 128-bit double loops wait for). To keep single precision's 24 bits where they matter, every
// coordinate is taken relative to the group's first point before it is rounded: near bodies then have small,
// exact-enough differences, and far ones a force too small for the rounding to show. Sums of a few hundred terms
// stay within about 1e-6 of the double ones, far below the Barnes-Hut approximation's error (theta 0.5: ~1e-2).
__attribute__((target("avx2,fma"))) inline __m256 Reciprocal(__m256 d) {
    const __m256 r = _mm256_rcp_ps(d);  // 12 bits
    return _mm256_mul_ps(r, _mm256_fnmadd_ps(d, r, _mm256_set1_ps(2.0f)));  // r (2 - d r): about 23 bits
}

__attribute__((target("avx2,fma"))) void Avx2FmaKernel(const double* px, const double* py, int count,
                                                         const double* lx, const double* ly, const double* lm, int len,
                                                         double* sx, double* sy) {
    if (count <= 0) return;
    thread_local std::vector<float> scratch;  // reused: no allocation once grown
    float *fx, *fy, *bx, *by, *bm;
    const size_t padded = ToRelativeFloats(px, py, count, lx, ly, lm, len, 16, scratch, &fx, &fy, &bx, &by, &bm);
    // A body at (float) distance zero: the point itself or a coincident one; no force. Also catches bodies so
    // close that double would give a force beyond float's range.
    const __m256 eps = _mm256_set1_ps(1e-18f);
    for (size_t i = 0; i < padded; i += 16) {
        const __m256 xa = _mm256_loadu_ps(fx + i), xb = _mm256_loadu_ps(fx + i + 8);
        const __m256 ya = _mm256_loadu_ps(fy + i), yb = _mm256_loadu_ps(fy + i + 8);
        __m256 sxa = _mm256_setzero_ps(), sya = sxa, sxb = sxa, syb = sxa;
        for (int l = 0; l < len; ++l) {
            const __m256 qx = _mm256_broadcast_ss(bx + l), qy = _mm256_broadcast_ss(by + l), qm = _mm256_broadcast_ss(bm + l);
            const __m256 dxa = _mm256_sub_ps(xa, qx), dya = _mm256_sub_ps(ya, qy);
            const __m256 dxb = _mm256_sub_ps(xb, qx), dyb = _mm256_sub_ps(yb, qy);
            const __m256 d2a = _mm256_fmadd_ps(dxa, dxa, _mm256_mul_ps(dya, dya));
            const __m256 d2b = _mm256_fmadd_ps(dxb, dxb, _mm256_mul_ps(dyb, dyb));
            // The mask zeroes the quotient of a coincident body (the estimate of 1/0 is infinite, then NaN).
            const __m256 fa = _mm256_and_ps(_mm256_mul_ps(qm, Reciprocal(d2a)), _mm256_cmp_ps(d2a, eps, _CMP_GT_OQ));
            const __m256 fb = _mm256_and_ps(_mm256_mul_ps(qm, Reciprocal(d2b)), _mm256_cmp_ps(d2b, eps, _CMP_GT_OQ));
            sxa = _mm256_fmadd_ps(dxa, fa, sxa);
            sya = _mm256_fmadd_ps(dya, fa, sya);
            sxb = _mm256_fmadd_ps(dxb, fb, sxb);
            syb = _mm256_fmadd_ps(dyb, fb, syb);
        }
        alignas(32) float out[4][8];
        _mm256_store_ps(out[0], sxa);
        _mm256_store_ps(out[1], sxb);
        _mm256_store_ps(out[2], sya);
        _mm256_store_ps(out[3], syb);
        for (size_t j = 0; j < 16 && i + j < static_cast<size_t>(count); ++j) {
            sx[i + j] += out[j / 8][j % 8];
            sy[i + j] += out[2 + j / 8][j % 8];
        }
    }
}

bool CpuHasAvx2Fma() {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
}
#endif

RepulsionKernel KernelOf(RepulsionPath path) {
    switch (path) {
    case RepulsionPath::Scalar: return ScalarKernel;
#if defined(__wasm_simd128__)
    case RepulsionPath::WasmSimd: return WasmKernel;
#endif
#if defined(SSE_X86)
    case RepulsionPath::Sse2: return Sse2Kernel;
    case RepulsionPath::Avx2Fma: return CpuHasAvx2Fma() ? Avx2FmaKernel : nullptr;
#endif
    default: return nullptr;
    }
}

// The fastest available path: the last of AvailableRepulsionPaths.
struct Active {
    RepulsionPath path;
    RepulsionKernel kernel;
    Active() {
        path = AvailableRepulsionPaths().back();
        kernel = KernelOf(path);
    }
};

Active& TheActive() {
    static Active active;
    return active;
}

}  // namespace

RepulsionKernel ActiveRepulsionKernel() { return TheActive().kernel; }

RepulsionPath ActiveRepulsionPath() { return TheActive().path; }

int ActiveRepulsionGroupSize() { return IsSinglePrecision(TheActive().path) ? 128 : 64; }

bool IsSinglePrecision(RepulsionPath path) { return path == RepulsionPath::Avx2Fma || path == RepulsionPath::WasmSimd; }

std::vector<RepulsionPath> AvailableRepulsionPaths() {
    std::vector<RepulsionPath> paths;
    for (RepulsionPath p : {RepulsionPath::Scalar, RepulsionPath::Sse2, RepulsionPath::WasmSimd, RepulsionPath::Avx2Fma})
        if (KernelOf(p)) paths.push_back(p);
    return paths;
}

bool SetRepulsionPath(RepulsionPath path) {
    RepulsionKernel kernel = KernelOf(path);
    if (!kernel) return false;
    TheActive().path = path;
    TheActive().kernel = kernel;
    return true;
}

const char* RepulsionPathName(RepulsionPath path) {
    switch (path) {
    case RepulsionPath::Scalar: return "scalar";
    case RepulsionPath::Sse2: return "sse2";
    case RepulsionPath::Avx2Fma: return "avx2-fma";
    case RepulsionPath::WasmSimd: return "wasm-simd";
    }
    return "?";
}

bool ParseRepulsionPath(const std::string& name, RepulsionPath* out) {
    for (RepulsionPath p : {RepulsionPath::Scalar, RepulsionPath::Sse2, RepulsionPath::Avx2Fma, RepulsionPath::WasmSimd})
        if (name == RepulsionPathName(p)) {
            *out = p;
            return true;
        }
    return false;
}

}  // namespace sse
