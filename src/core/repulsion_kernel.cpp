// repulsion_kernel.cpp: see repulsion_kernel.h. Every vector version processes the group's points four (or eight)
// at a time with the list broadcast one body at a time, and finishes the remaining points with the scalar loop.
#include "core/repulsion_kernel.h"

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

#if defined(__wasm_simd128__)
// Four points at once (two per 128-bit vector, two vectors to keep the divider busy); each lane does exactly the
// scalar loop's operations in the same order (wasm has no fused multiply-add): bit-for-bit the scalar forces.
void WasmKernel(const double* px, const double* py, int count, const double* lx, const double* ly, const double* lm,
                int len, double* sx, double* sy) {
    const v128_t eps = wasm_f64x2_splat(Coincident);
    int i = 0;
    for (; i + 3 < count; i += 4) {
        const v128_t xa = wasm_v128_load(px + i), xb = wasm_v128_load(px + i + 2);
        const v128_t ya = wasm_v128_load(py + i), yb = wasm_v128_load(py + i + 2);
        v128_t sxa = wasm_f64x2_splat(0.0), sya = sxa, sxb = sxa, syb = sxa;
        for (int l = 0; l < len; ++l) {
            const v128_t bx = wasm_f64x2_splat(lx[l]), by = wasm_f64x2_splat(ly[l]), bm = wasm_f64x2_splat(lm[l]);
            const v128_t dxa = wasm_f64x2_sub(xa, bx), dya = wasm_f64x2_sub(ya, by);
            const v128_t dxb = wasm_f64x2_sub(xb, bx), dyb = wasm_f64x2_sub(yb, by);
            const v128_t d2a = wasm_f64x2_add(wasm_f64x2_mul(dxa, dxa), wasm_f64x2_mul(dya, dya));
            const v128_t d2b = wasm_f64x2_add(wasm_f64x2_mul(dxb, dxb), wasm_f64x2_mul(dyb, dyb));
            // The mask zeroes the quotient of a coincident body (even an infinite one).
            const v128_t fa = wasm_v128_and(wasm_f64x2_div(bm, d2a), wasm_f64x2_gt(d2a, eps));
            const v128_t fb = wasm_v128_and(wasm_f64x2_div(bm, d2b), wasm_f64x2_gt(d2b, eps));
            sxa = wasm_f64x2_add(sxa, wasm_f64x2_mul(dxa, fa));
            sya = wasm_f64x2_add(sya, wasm_f64x2_mul(dya, fa));
            sxb = wasm_f64x2_add(sxb, wasm_f64x2_mul(dxb, fb));
            syb = wasm_f64x2_add(syb, wasm_f64x2_mul(dyb, fb));
        }
        wasm_v128_store(sx + i, wasm_f64x2_add(wasm_v128_load(sx + i), sxa));
        wasm_v128_store(sx + i + 2, wasm_f64x2_add(wasm_v128_load(sx + i + 2), sxb));
        wasm_v128_store(sy + i, wasm_f64x2_add(wasm_v128_load(sy + i), sya));
        wasm_v128_store(sy + i + 2, wasm_f64x2_add(wasm_v128_load(sy + i + 2), syb));
    }
    ScalarRange(px, py, i, count, lx, ly, lm, len, sx, sy);
}
#endif

#if defined(SSE_X86)
// SSE2 (every x86-64 processor): the wasm kernel's loop with the same operations per lane, so bit-for-bit the
// scalar forces (no fused multiply-add without -mfma).
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

// 1 / d for four doubles without the divider (which is as slow per number at 256 bits as at 128, and is what the
// 128-bit loops wait for): the single-precision estimate (12 bits) refined by two Newton steps with fused
// multiply-adds, r' = r (2 - d r), each of which doubles the correct bits: about 46 bits, a relative error near
// 1e-14, far below the Barnes-Hut approximation's. d beyond float's range (|d|^2 > 3e38) gives 0 and a tiny d gives
// infinity, both masked by the caller's coincidence test or harmless at such distances.
__attribute__((target("avx2,fma"))) inline __m256d Reciprocal(__m256d d) {
    __m256d r = _mm256_cvtps_pd(_mm_rcp_ps(_mm256_cvtpd_ps(d)));
    const __m256d two = _mm256_set1_pd(2.0);
    r = _mm256_mul_pd(r, _mm256_fnmadd_pd(d, r, two));
    r = _mm256_mul_pd(r, _mm256_fnmadd_pd(d, r, two));
    return r;
}

// AVX2 + FMA (x86-64-v3: Intel since 2013, AMD since 2015): eight points at once in two 256-bit vectors, with fused
// multiply-adds and the reciprocal above instead of a division. Compiled for that target only in these functions;
// called only when the CPU says it has both.
__attribute__((target("avx2,fma"))) void Avx2FmaKernel(const double* px, const double* py, int count,
                                                         const double* lx, const double* ly, const double* lm, int len,
                                                         double* sx, double* sy) {
    const __m256d eps = _mm256_set1_pd(Coincident);
    int i = 0;
    for (; i + 7 < count; i += 8) {
        const __m256d xa = _mm256_loadu_pd(px + i), xb = _mm256_loadu_pd(px + i + 4);
        const __m256d ya = _mm256_loadu_pd(py + i), yb = _mm256_loadu_pd(py + i + 4);
        __m256d sxa = _mm256_setzero_pd(), sya = sxa, sxb = sxa, syb = sxa;
        for (int l = 0; l < len; ++l) {
            const __m256d bx = _mm256_broadcast_sd(lx + l), by = _mm256_broadcast_sd(ly + l), bm = _mm256_broadcast_sd(lm + l);
            const __m256d dxa = _mm256_sub_pd(xa, bx), dya = _mm256_sub_pd(ya, by);
            const __m256d dxb = _mm256_sub_pd(xb, bx), dyb = _mm256_sub_pd(yb, by);
            const __m256d d2a = _mm256_fmadd_pd(dxa, dxa, _mm256_mul_pd(dya, dya));
            const __m256d d2b = _mm256_fmadd_pd(dxb, dxb, _mm256_mul_pd(dyb, dyb));
            const __m256d fa = _mm256_and_pd(_mm256_mul_pd(bm, Reciprocal(d2a)), _mm256_cmp_pd(d2a, eps, _CMP_GT_OQ));
            const __m256d fb = _mm256_and_pd(_mm256_mul_pd(bm, Reciprocal(d2b)), _mm256_cmp_pd(d2b, eps, _CMP_GT_OQ));
            sxa = _mm256_fmadd_pd(dxa, fa, sxa);
            sya = _mm256_fmadd_pd(dya, fa, sya);
            sxb = _mm256_fmadd_pd(dxb, fb, sxb);
            syb = _mm256_fmadd_pd(dyb, fb, syb);
        }
        _mm256_storeu_pd(sx + i, _mm256_add_pd(_mm256_loadu_pd(sx + i), sxa));
        _mm256_storeu_pd(sx + i + 4, _mm256_add_pd(_mm256_loadu_pd(sx + i + 4), sxb));
        _mm256_storeu_pd(sy + i, _mm256_add_pd(_mm256_loadu_pd(sy + i), sya));
        _mm256_storeu_pd(sy + i + 4, _mm256_add_pd(_mm256_loadu_pd(sy + i + 4), syb));
    }
    if (i + 3 < count) {  // four more
        const __m256d x = _mm256_loadu_pd(px + i), y = _mm256_loadu_pd(py + i);
        __m256d ax = _mm256_setzero_pd(), ay = ax;
        for (int l = 0; l < len; ++l) {
            const __m256d dx = _mm256_sub_pd(x, _mm256_broadcast_sd(lx + l)), dy = _mm256_sub_pd(y, _mm256_broadcast_sd(ly + l));
            const __m256d d2 = _mm256_fmadd_pd(dx, dx, _mm256_mul_pd(dy, dy));
            const __m256d f = _mm256_and_pd(_mm256_mul_pd(_mm256_broadcast_sd(lm + l), Reciprocal(d2)), _mm256_cmp_pd(d2, eps, _CMP_GT_OQ));
            ax = _mm256_fmadd_pd(dx, f, ax);
            ay = _mm256_fmadd_pd(dy, f, ay);
        }
        _mm256_storeu_pd(sx + i, _mm256_add_pd(_mm256_loadu_pd(sx + i), ax));
        _mm256_storeu_pd(sy + i, _mm256_add_pd(_mm256_loadu_pd(sy + i), ay));
        i += 4;
    }
    ScalarRange(px, py, i, count, lx, ly, lm, len, sx, sy);
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
