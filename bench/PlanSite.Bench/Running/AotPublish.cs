using System.Diagnostics;

namespace PlanSite.Bench.Running;

/// <summary>Publishes the generator with Native AOT, the way README tells a large site to install it.</summary>
public static class AotPublish
{
    /// <summary>The published executable, or null (with the publish log on stderr) when publishing failed.</summary>
    public static string? Run(string repoRoot, string outDir, TextWriter log)
    {
        log.WriteLine($"publishing the generator with Native AOT into {outDir} …");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = repoRoot,
        };
        foreach (var arg in new[] { "publish", "generator", "-c", "Release", "-r", "linux-x64", "-p:PublishAot=true", "-o", outDir })
            start.ArgumentList.Add(arg);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            Console.Error.WriteLine(stdout + stderr.Result);
            Console.Error.WriteLine("Native AOT publish failed (it needs gcc or clang, and the ILCompiler package from NuGet)");
            return null;
        }
        log.WriteLine($"published in {clock.Elapsed.TotalSeconds:F0} s");
        return Path.Combine(outDir, "PlanSite");
    }
}
