// bench_common.h: small helpers shared by the benchmark programs (timing, file reading, memory, result lines).
// Each program prints one line "RESULT {json}" that bench/run.mjs reads; everything else is for people.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#ifdef __EMSCRIPTEN__
#include <emscripten/em_asm.h>
#include <emscripten/heap.h>
#else
#include <sys/resource.h>
#include <time.h>
#endif

namespace sse::bench {

inline double NowMs() {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// CPU time consumed so far, in milliseconds: this thread's natively; under node, the process's (user + system,
// from process.cpuUsage()). Unlike the wall clock, it does not count time spent waiting for a core, so the figures
// hold on a machine that is busy with other work too.
inline double CpuMs() {
#ifdef __EMSCRIPTEN__
    return EM_ASM_DOUBLE({
        if (typeof process === 'undefined' || !process.cpuUsage) return performance.now();
        const u = process.cpuUsage();
        return (u.user + u.system) / 1000;
    });
#else
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec * 1e-6;
#endif
}

// A point in time on both clocks, for CpuSince.
struct CpuStamp {
    double cpu = 0, wall = 0;
};
inline CpuStamp Stamp() { return {CpuMs(), NowMs()}; }

// CPU time of the calling thread since `from`, in milliseconds. Natively exact (the thread's clock). Under node
// there is no per-thread clock (process.cpuUsage() counts V8's background compiler and garbage-collector threads,
// which land in whichever frame or iteration they overlap), so: the smaller of process CPU time and wall time,
// both upper bounds of the main thread's CPU time (one counts other threads, the other counts waiting for a core).
inline double CpuSince(const CpuStamp& from) {
    double cpu = CpuMs() - from.cpu;
#ifdef __EMSCRIPTEN__
    return std::min(cpu, NowMs() - from.wall);
#else
    return cpu;
#endif
}

inline const char* Platform() {
#ifdef __EMSCRIPTEN__
    return "wasm";
#else
    return "native";
#endif
}

// Peak memory in bytes: the WebAssembly heap (it only grows, so its size is the peak) or the native peak RSS.
inline double PeakMemoryBytes() {
#ifdef __EMSCRIPTEN__
    return (double)emscripten_get_heap_size();
#else
    struct rusage ru {};
    getrusage(RUSAGE_SELF, &ru);
    return (double)ru.ru_maxrss * 1024.0;
#endif
}

// Whole file in one read (a stream copy is slow under Emscripten's NODERAWFS).
inline bool ReadFile(const std::string& path, std::string& out) {
    FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return false;
    std::fseek(f, 0, SEEK_END);
    long size = std::ftell(f);
    std::fseek(f, 0, SEEK_SET);
    out.assign(size > 0 ? (size_t)size : 0, '\0');
    size_t got = size > 0 ? std::fread(&out[0], 1, (size_t)size, f) : 0;
    std::fclose(f);
    out.resize(got);
    return size >= 0;
}

inline double Median(std::vector<double> v) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}
inline double Percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    size_t i = (size_t)std::min<double>((double)v.size() - 1, p * (double)(v.size() - 1) + 0.5);
    return v[i];
}
inline double Mean(const std::vector<double>& v) {
    double s = 0;
    for (double x : v) s += x;
    return v.empty() ? 0 : s / (double)v.size();
}

// Builds one flat JSON object: Json().Num("a", 1).Str("b", "x").Line() -> RESULT {"a":1,"b":"x"}
class Json {
public:
    Json& Num(const char* key, double v) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.6g", v);
        return Raw(key, buf);
    }
    Json& Str(const char* key, const std::string& v) {
        std::string q = "\"";
        for (char c : v) {
            if (c == '"' || c == '\\') q += '\\';
            if ((unsigned char)c >= 0x20) q += c;
        }
        return Raw(key, q + "\"");
    }
    Json& Raw(const char* key, const std::string& v) {
        m_text += (m_text.empty() ? "{" : ",") + std::string("\"") + key + "\":" + v;
        return *this;
    }
    std::string Text() const { return m_text.empty() ? "{}" : m_text + "}"; }
    void Print() const { std::printf("RESULT %s\n", Text().c_str()); std::fflush(stdout); }

private:
    std::string m_text;
};

// Minimal argument reading: --name value.
inline const char* Arg(int argc, char** argv, const char* name, const char* fallback) {
    for (int i = 1; i + 1 < argc; ++i)
        if (std::string(argv[i]) == name) return argv[i + 1];
    return fallback;
}

}  // namespace sse::bench
