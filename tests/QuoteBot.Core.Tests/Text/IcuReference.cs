using System.Runtime.InteropServices;

namespace QuoteBot.Core.Tests.Text;

/// <summary>
/// The system's ICU, loaded by hand: the bot and this test process run without it (invariant globalization), so the
/// folding tests call the very library that <c>string.Normalize(FormKC)</c> and <c>ToLowerInvariant</c> used before.
/// </summary>
internal sealed class IcuReference
{
    private static readonly string[] Folders = ["/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib", "/lib/x86_64-linux-gnu"];

    private readonly IntPtr _nfkc;
    private readonly NormalizeFunction _normalize;
    private readonly CodePointFunction _toLower;
    private readonly CharTypeFunction _charType;

    private IcuReference(IntPtr library, string suffix)
    {
        T Get<T>(string name) where T : Delegate =>
            Marshal.GetDelegateForFunctionPointer<T>(NativeLibrary.GetExport(library, name + suffix));

        var error = 0;
        _nfkc = Get<GetInstanceFunction>("unorm2_getNFKCInstance")(ref error);
        if (error > 0)
        {
            throw new InvalidOperationException($"ICU has no NFKC instance (error {error})");
        }

        _normalize = Get<NormalizeFunction>("unorm2_normalize");
        _toLower = Get<CodePointFunction>("u_tolower");
        _charType = Get<CharTypeFunction>("u_charType");
    }

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate IntPtr GetInstanceFunction(ref int error);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int NormalizeFunction(IntPtr normalizer, ushort[] source, int length, ushort[] destination, int capacity, ref int error);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int CodePointFunction(int codePoint);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate sbyte CharTypeFunction(int codePoint);

    /// <summary>The loaded ICU, or null when the machine has none.</summary>
    public static IcuReference? Instance { get; } = Load();

    /// <summary>Why the ICU comparisons cannot run here, or null when they can (CI must have ICU: it fails there instead).</summary>
    public static string? SkipReason => Instance is null && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
        ? "No libicuuc.so.* found: the comparison with ICU runs where ICU is installed (CI)."
        : null;

    public static IcuReference Require() => Instance ?? throw new InvalidOperationException("No libicuuc.so.* found, and CI=true requires the comparison with ICU: install libicu (the .NET SDK images have it).");

    public string Nfkc(string text)
    {
        var source = text.Select(c => (ushort)c).ToArray();
        var destination = new ushort[(text.Length * 18) + 4];
        var error = 0;
        var length = _normalize(_nfkc, source, source.Length, destination, destination.Length, ref error);
        return error > 0 ? throw new InvalidOperationException($"ICU could not normalize (error {error})") : new string([.. destination.Take(length).Select(u => (char)u)]);
    }

    public int ToLower(int codePoint) => _toLower(codePoint);

    /// <summary>Whether ICU's Unicode version assigns <paramref name="codePoint"/> (general category other than Cn).</summary>
    public bool IsAssigned(int codePoint) => _charType(codePoint) != 0;

    private static IcuReference? Load()
    {
        var candidates = Folders.Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, "libicuuc.so.*"))
            .Select(path => (Path: path, Major: Path.GetFileName(path).Split('.') is [_, _, var major, ..] && int.TryParse(major, out var m) ? m : 0))
            .Where(c => c.Major > 0)
            .OrderByDescending(c => c.Major);
        foreach (var (path, major) in candidates)
        {
            if (NativeLibrary.TryLoad(path, out var library))
            {
                return new IcuReference(library, "_" + major.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return null;
    }
}
