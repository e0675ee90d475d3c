using System.Runtime.InteropServices;

namespace QuoteBot.Cards.Rendering;

/// <summary>
/// Gives the C heap's free memory back to the system after a card is drawn. A card's 5.8 MB surface and the PNG
/// encoder's buffers are malloc'd by Skia; once freed, glibc keeps such blocks in its per-thread arenas (its mmap
/// threshold rises to the size of the first large block freed), so every thread that ever drew a card held on to
/// several megabytes: the running bot paid 20–40 MB of resident memory for cards instead of the few the font and Skia's
/// code need (docs/PERFORMANCE.md, "Quote cards"). Where there is no glibc (musl, another OS) this does nothing.
/// </summary>
internal static partial class NativeHeap
{
    private static volatile bool _unavailable = !OperatingSystem.IsLinux();

    public static void Trim()
    {
        if (_unavailable)
        {
            return;
        }

        try
        {
            _ = MallocTrim(0);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            _unavailable = true;
        }
    }

    // "libc.so.6": glibc by its soname (a bare "libc" finds the linker script libc.so, which cannot be loaded).
    [LibraryImport("libc.so.6", EntryPoint = "malloc_trim")]
    private static partial int MallocTrim(nuint pad);
}
