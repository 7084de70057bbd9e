using System.Diagnostics;

namespace Rectify.Search.Cli.Benchmarks;

/// <summary>
/// Runs Python jieba (Debian's python3-jieba) on the same text for comparison, when it is installed: it cuts
/// every line with the HMM on and reports its own timing of the cutting alone.
/// </summary>
internal static class JiebaReference
{
    private const string Script = """
        import sys, time, jieba
        jieba.setLogLevel(60)
        jieba.initialize()
        lines = open(sys.argv[1], encoding='utf-8').read().split('\n')
        start = time.perf_counter()
        out = [' '.join(jieba.cut(l, HMM=True)) for l in lines]
        elapsed = time.perf_counter() - start
        open(sys.argv[2], 'w', encoding='utf-8').write('\n'.join(out))
        print(elapsed)
        """;

    /// <summary>The Python with jieba importable, or null.</summary>
    public static string? FindPython()
    {
        foreach (var python in new[] { "/usr/bin/python3", "python3" })
        {
            try
            {
                using var p = Process.Start(new ProcessStartInfo(python, ["-c", "import jieba"]) { RedirectStandardError = true, RedirectStandardOutput = true });
                if (p is null)
                    continue;
                p.WaitForExit(30_000);
                if (p.ExitCode == 0)
                    return python;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // not on this machine
            }
        }
        return null;
    }

    /// <summary>Segments <paramref name="testFile"/> with jieba; returns its output lines and the seconds it took.</summary>
    public static (IReadOnlyList<string> Lines, double Seconds) Run(string python, string testFile)
    {
        var script = Path.GetTempFileName();
        var output = Path.GetTempFileName();
        try
        {
            File.WriteAllText(script, Script);
            using var p = Process.Start(new ProcessStartInfo(python, [script, testFile, output]) { RedirectStandardOutput = true, RedirectStandardError = true })
                ?? throw new InvalidOperationException($"could not start {python}");
            var stdout = p.StandardOutput.ReadToEnd();
            var stderr = p.StandardError.ReadToEnd();
            p.WaitForExit();
            if (p.ExitCode != 0)
                throw new InvalidOperationException($"jieba failed: {stderr}");
            return (File.ReadAllLines(output), double.Parse(stdout.Trim(), System.Globalization.CultureInfo.InvariantCulture));
        }
        finally
        {
            File.Delete(script);
            File.Delete(output);
        }
    }
}
