using System.CommandLine;
using PlanSite.Bench.Generation;
using PlanSite.Bench.Running;

namespace PlanSite.Bench;

/// <summary>plansite-bench generate | run.</summary>
public static class BenchCommand
{
    private static readonly Option<ulong> Seed = new("--seed") { Description = "Seed of the synthetic content", DefaultValueFactory = _ => 9UL };

    public static int Run(string[] args)
    {
        var root = new RootCommand("PlanSite benchmark: synthetic national-scale content and whole-process build timings.");
        root.Add(Generate());
        root.Add(RunBenchmark());
        return root.Parse(args).Invoke();
    }

    private static Command Generate()
    {
        var indicators = new Option<int>("--indicators") { Description = "Total number of indicators", Required = true };
        var outDir = new Option<string>("--out") { Description = "content/ folder to write (replaced)", Required = true };
        var command = new Command("generate", "Write a content/ folder of synthetic plans in the real content schema.") { indicators, outDir, Seed };
        command.SetAction(parse =>
        {
            var s = ContentGenerator.Generate(parse.GetValue(indicators), parse.GetValue(outDir)!, parse.GetValue(Seed));
            Console.WriteLine($"wrote {s.Files} files: {s.Plans} plans, {s.Measures} measures, {s.Indicators} indicators, {s.Reviews} reviews");
            return 0;
        });
        return command;
    }

    private static Command RunBenchmark()
    {
        var sizes = new Option<string>("--sizes") { Description = "Comma-separated indicator counts", DefaultValueFactory = _ => "1000,10000,100000" };
        var plansite = new Option<string?>("--plansite") { Description = "PlanSite.dll to run with dotnet, or a natively published PlanSite executable (default: generator/bin/Release/net10.0/PlanSite.dll)" };
        var aot = new Option<bool>("--aot") { Description = "Publish the generator with Native AOT into <work>/plansite-aot first (4-5 minutes on 2 cores) and measure that: the install README recommends for large sites" };
        var work = new Option<string>("--work") { Description = "Scratch folder for content and output", DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "plansite-bench") };
        var command = new Command("run", "Generate each size, build it as a separate process (full, unchanged, after one review edit), and print a table.")
        {
            sizes, plansite, aot, work, Seed,
        };
        command.SetAction(parse =>
        {
            string repo = RepoRoot();
            string? dll = parse.GetValue(aot)
                ? AotPublish.Run(repo, Path.Combine(parse.GetValue(work)!, "plansite-aot"), Console.Out)
                : parse.GetValue(plansite) ?? Path.Combine(repo, "generator", "bin", "Release", "net10.0", "PlanSite.dll");
            if (dll is null)
                return 1;
            if (!File.Exists(dll))
            {
                Console.Error.WriteLine($"{dll} not found; run `dotnet build -c Release generator` first");
                return 1;
            }
            var list = parse.GetValue(sizes)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray();
            Console.WriteLine($"generator: {dll}");
            var rows = new Benchmark(repo, dll, parse.GetValue(work)!, parse.GetValue(Seed), Console.Out).Run(list);
            Console.WriteLine();
            Console.WriteLine(Benchmark.Table(rows));
            return 0;
        });
        return command;
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PlanSite.sln"))) return dir.FullName;
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PlanSite.sln"))) return dir.FullName;
        throw new InvalidOperationException("run from inside the PlanSite repository (PlanSite.sln not found)");
    }
}
