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
        Settle(repoRoot);
        return Path.Combine(outDir, "PlanSite");
    }

    /// <summary>
    /// A publish leaves build servers running and hundreds of megabytes of written files for the kernel
    /// to write back; builds timed right after it ran up to 1.5× slower (seed content 0.39 against
    /// 0.24 s). Stop the servers, flush, and wait before measuring.
    /// </summary>
    private static void Settle(string repoRoot)
    {
        foreach (var (command, args) in new[] { ("dotnet", new[] { "build-server", "shutdown" }), ("sync", Array.Empty<string>()) })
        {
            var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = repoRoot };
            foreach (var arg in args) start.ArgumentList.Add(arg);
            using var process = Process.Start(start)!;
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
        }
        Thread.Sleep(5000);
    }
}
