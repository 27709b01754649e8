using System.Diagnostics;
using System.Text.RegularExpressions;

namespace PlanSite.Bench.Running;

/// <summary>One `plansite build` as a whole separate process: wall time from process start to exit, and peak memory.
/// The generator is a PlanSite.dll (run by `dotnet`) or a natively published executable.</summary>
public sealed partial record BuildMeasurement(TimeSpan Wall, long PeakWorkingSetBytes, int Pages, string Output)
{
    public static BuildMeasurement Run(string plansite, string contentDir, string templatesDir, string outDir)
    {
        bool assembly = plansite.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        var start = new ProcessStartInfo(assembly ? "dotnet" : plansite)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (assembly)
            start.ArgumentList.Add(plansite);
        foreach (var arg in new[] { "build", "--content", contentDir, "--templates", templatesDir, "--out", outDir })
            start.ArgumentList.Add(arg);

        // Generating 100,000 indicators leaves this process's collector and JIT with work to finish;
        // let it finish before the clock starts, so the build has both cores to itself.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Thread.Sleep(500);

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        // VmHWM is the kernel's high-water mark of resident memory; it only grows, so the last
        // reading before exit is the peak (the build spends its last milliseconds writing, not allocating).
        while (!process.WaitForExit(5))
            peak = Math.Max(peak, ReadHighWaterMark(process.Id));
        process.WaitForExit();
        var wall = clock.Elapsed;
        string output = stdout.Result + stderr.Result;
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"plansite build failed ({process.ExitCode}) for {contentDir}:\n{output}");
        var pages = BuiltLine().Match(output);
        return new BuildMeasurement(wall, peak, pages.Success ? int.Parse(pages.Groups[1].Value) : 0, output.Trim());
    }

    private static long ReadHighWaterMark(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0]) * 1024;
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return 0;
    }

    [GeneratedRegex(@"built (\d+) pages")]
    private static partial Regex BuiltLine();
}
