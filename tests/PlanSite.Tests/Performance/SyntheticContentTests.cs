using PlanSite.Bench.Generation;
using PlanSite.Content.Loading;

namespace PlanSite.Tests.Performance;

public class SyntheticContentTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "plansite-synthetic-" + Guid.NewGuid().ToString("N"));

    private string Dir(string name) => Path.Combine(_root, name);

    private static Dictionary<string, byte[]> Files(string dir) =>
        Directory.GetFiles(dir, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(dir, f), File.ReadAllBytes);

    [Fact]
    public void SameSeedWritesTheSameBytes()
    {
        ContentGenerator.Generate(300, Dir("a"), seed: 42);
        ContentGenerator.Generate(300, Dir("b"), seed: 42);
        ContentGenerator.Generate(300, Dir("c"), seed: 43);
        var a = Files(Dir("a"));
        var b = Files(Dir("b"));
        Assert.Equal(a.Keys.Order(), b.Keys.Order());
        foreach (var (path, bytes) in a)
            Assert.True(bytes.AsSpan().SequenceEqual(b[path]), $"{path} differs between two runs with the same seed");
        var c = Files(Dir("c"));
        Assert.Contains(a, f => !c.TryGetValue(f.Key, out var other) || !other.AsSpan().SequenceEqual(f.Value));
    }

    [Fact]
    public void GeneratedContentValidatesWithTheRequestedShape()
    {
        var summary = ContentGenerator.Generate(500, Dir("v"), seed: 7);
        var result = ContentLoader.Load(Dir("v"));
        Assert.True(result.Ok, string.Join("\n", result.Errors.Take(5)));
        var site = result.Content!;
        Assert.Equal(500, site.Plans.Sum(p => p.AllIndicators.Count()));
        Assert.Equal(summary.Plans, site.Plans.Count);
        Assert.All(site.Plans, p => Assert.InRange(p.LevelNames.Count, 3, 4));
        Assert.All(site.Plans, p => Assert.InRange(p.Reviews.Count, 3, 4));
        var indicators = site.Plans.SelectMany(p => p.AllIndicators).ToArray();
        Assert.Contains(indicators, i => i.Direction == PlanSite.Model.Direction.Qualitative);
        Assert.Contains(indicators, i => i.Direction == PlanSite.Model.Direction.Decrease);
        var commentary = site.Plans.SelectMany(p => p.Reviews).SelectMany(r => r.Measures.Values).SelectMany(m => m.Commentary).ToArray();
        Assert.All(commentary, c => Assert.True(c.Text.Length >= 80, c.Text));
        Assert.Contains(commentary, c => c.Text.Length >= 300);
        Assert.All(site.Plans, p => Assert.Matches("^.+[市町村]$", p.Municipality.Name));
    }

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }
}
