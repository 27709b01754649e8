using System.Diagnostics;
using System.Globalization;
using PlanSite.Bench.Generation;

namespace PlanSite.Bench.Running;

/// <summary>
/// For each size: generate content, build it from a clean output folder, rebuild unchanged, then edit
/// one review file and rebuild. Also builds the repository's real content. Prints a Markdown table.
/// </summary>
public sealed class Benchmark(string repoRoot, string plansite, string workDir, ulong seed, TextWriter log)
{
    private string Templates => Path.Combine(repoRoot, "templates");

    public sealed record Row(string Name, int Indicators, BuildMeasurement Full, long OutputBytes, int OutputFiles,
        BuildMeasurement? Unchanged, BuildMeasurement? Incremental, int? RewrittenFiles);

    public IReadOnlyList<Row> Run(IReadOnlyList<int> sizes)
    {
        var rows = new List<Row> { Real() };
        log.WriteLine(Format(rows[0]));
        foreach (int size in sizes)
        {
            rows.Add(Synthetic(size));
            log.WriteLine(Format(rows[^1]));
        }
        return rows;
    }

    private Row Real()
    {
        string outDir = Path.Combine(workDir, "real", "output");
        CleanOutput(outDir);
        // Real content is built from a copy so the repository's output/ and manifest are never touched.
        string content = Path.Combine(workDir, "real", "content");
        Clean(content);
        CopyDir(Path.Combine(repoRoot, "content"), content);
        var full = BuildMeasurement.Run(plansite, content, Templates, outDir);
        var snapshot = OutputSnapshot.Take(outDir);
        return new Row("real content (content/)", -1, full, snapshot.Bytes, snapshot.Files.Count, null, null, null);
    }

    private Row Synthetic(int size)
    {
        string content = Path.Combine(workDir, $"n{size}", "content");
        string outDir = Path.Combine(workDir, $"n{size}", "output");
        var clock = Stopwatch.StartNew();
        var summary = ContentGenerator.Generate(size, content, seed);
        log.WriteLine($"generated {size} indicators ({summary.Plans} plans, {summary.Measures} measures, {summary.Reviews} reviews) in {clock.ElapsedMilliseconds} ms");
        CleanOutput(outDir);
        var full = BuildMeasurement.Run(plansite, content, Templates, outDir);
        var before = OutputSnapshot.Take(outDir);
        var unchanged = BuildMeasurement.Run(plansite, content, Templates, outDir);
        var afterUnchanged = OutputSnapshot.Take(outDir);
        string edited = ReviewEdit.Apply(content, "（追記）年度末に実施状況を再確認した。");
        log.WriteLine($"edited {Path.GetRelativePath(content, edited)}");
        var incremental = BuildMeasurement.Run(plansite, content, Templates, outDir);
        var after = OutputSnapshot.Take(outDir);
        int rewritten = after.ChangedSince(afterUnchanged).Count;
        return new Row($"{size:N0} indicators", size, full, before.Bytes, before.Files.Count, unchanged, incremental, rewritten);
    }

    public static string Table(IReadOnlyList<Row> rows)
    {
        var lines = new List<string>
        {
            "| content | pages | files | output | full build (s) | pages/s | ms/page | peak memory | rebuild, nothing changed (s) | rebuild after editing one review (s) | files rewritten |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        };
        lines.AddRange(rows.Select(Format));
        return string.Join('\n', lines);
    }

    private static string Format(Row r)
    {
        var inv = CultureInfo.InvariantCulture;
        double seconds = r.Full.Wall.TotalSeconds;
        return string.Create(inv,
            $"| {r.Name} | {r.Full.Pages:N0} | {r.OutputFiles:N0} | {r.OutputBytes / 1048576.0:0.0} MB | {seconds:0.00} | {r.Full.Pages / seconds:N0} | " +
            $"{seconds * 1000 / Math.Max(1, r.Full.Pages):0.000} | {r.Full.PeakWorkingSetBytes / 1048576.0:N0} MB | " +
            $"{(r.Unchanged is { } u ? u.Wall.TotalSeconds.ToString("0.00", inv) : "–")} | " +
            $"{(r.Incremental is { } i ? i.Wall.TotalSeconds.ToString("0.00", inv) : "–")} | {(r.RewrittenFiles is { } n ? n.ToString(inv) : "–")} |");
    }

    /// <summary>A full build starts from nothing: no output, no manifest and no plan cache of an earlier run.</summary>
    private static void CleanOutput(string outDir)
    {
        Clean(outDir);
        // Where the generator keeps its plan cache (PlanCache.Beside); the bench runs the generator as a process and does not reference it.
        string full = Path.GetFullPath(outDir);
        Clean(Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.cache"));
    }

    private static void Clean(string dir)
    {
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
    }

    private static void CopyDir(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
