// headless_imgui.h: a Dear ImGui 1.92 context without a window or GPU, for benchmarks and UI smoke tests.
// It plays the renderer backend's part for textures (ImGuiBackendFlags_RendererHasTextures): every texture
// request (create / update / destroy) is acknowledged with a dummy id, so the font atlas grows exactly as it
// would in the app, but no pixel goes anywhere. Header-only; needs only imgui.
//
//   sse::bench::HeadlessImGui gui(1280, 800, "build/native/assets/fonts/DejaVuSans-subset.ttf");
//   gui.SetMouse(640, 400);
//   gui.NewFrame();  ...ImGui calls...;  ImDrawData* dd = gui.Render();
#pragma once

#include <cstdint>
#include <cstdio>

#include "imgui.h"

namespace sse::bench {

class HeadlessImGui {
public:
    // font_path: a TTF loaded like the app does (one dynamic font, base size 16); nullptr or a missing file
    // keeps ImGui's built-in font (a warning is printed for a missing file).
    HeadlessImGui(float width, float height, const char* font_path = nullptr, float font_size = 16.0f) {
        IMGUI_CHECKVERSION();
        m_context = ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.LogFilename = nullptr;
        io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
        io.BackendFlags |= ImGuiBackendFlags_RendererHasTextures | ImGuiBackendFlags_RendererHasVtxOffset;
        io.BackendRendererName = "headless";
        io.BackendPlatformName = "headless";
        io.DisplaySize = ImVec2(width, height);
        io.DisplayFramebufferScale = ImVec2(1, 1);
        ImGui::StyleColorsLight();
        if (font_path && font_path[0]) {
            if (!io.Fonts->AddFontFromFileTTF(font_path))
                std::fprintf(stderr, "warning: font %s not found; using ImGui's built-in font\n", font_path);
        }
        ImGui::GetStyle().FontSizeBase = font_size;
    }
    ~HeadlessImGui() {
        // Acknowledge the destruction of every texture, as a backend does at shutdown.
        for (ImTextureData* tex : ImGui::GetPlatformIO().Textures)
            if (tex->RefCount == 1) {
                tex->SetTexID(ImTextureID_Invalid);
                tex->SetStatus(ImTextureStatus_Destroyed);
            }
        ImGui::DestroyContext(m_context);
    }
    HeadlessImGui(const HeadlessImGui&) = delete;
    HeadlessImGui& operator=(const HeadlessImGui&) = delete;

    void SetMouse(float x, float y) {
        ImGui::GetIO().AddMousePosEvent(x, y);
    }
    void SetMouseButton(int button, bool down) { ImGui::GetIO().AddMouseButtonEvent(button, down); }
    void SetWheel(float dy) { ImGui::GetIO().AddMouseWheelEvent(0, dy); }

    // Starts a frame (dt in seconds, > 0).
    void NewFrame(float dt = 1.0f / 60.0f) {
        ImGui::GetIO().DeltaTime = dt > 0 ? dt : 1.0f / 60.0f;
        ImGui::NewFrame();
    }
    // Ends the frame: builds the draw data and answers the texture requests. Returns the frame's draw data.
    ImDrawData* Render() {
        ImGui::Render();
        for (ImTextureData* tex : ImGui::GetPlatformIO().Textures) {
            switch (tex->Status) {
                case ImTextureStatus_WantCreate:
                    tex->SetTexID((ImTextureID)(intptr_t)(++m_next_texture));
                    tex->SetStatus(ImTextureStatus_OK);
                    ++textures_created;
                    break;
                case ImTextureStatus_WantUpdates:
                    tex->SetStatus(ImTextureStatus_OK);
                    ++texture_updates;
                    break;
                case ImTextureStatus_WantDestroy:
                    if (tex->UnusedFrames > 0) {
                        tex->SetTexID(ImTextureID_Invalid);
                        tex->SetStatus(ImTextureStatus_Destroyed);
                    }
                    break;
                default: break;
            }
        }
        return ImGui::GetDrawData();
    }

    int textures_created = 0, texture_updates = 0;

private:
    ImGuiContext* m_context = nullptr;
    intptr_t m_next_texture = 0;
};

}  // namespace sse::bench
