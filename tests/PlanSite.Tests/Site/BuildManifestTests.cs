using PlanSite.Site.Incremental;

namespace PlanSite.Tests.Site;

/// <summary>The manifest decides what an incremental build may keep: it must read back exactly, and anything odd must mean "rebuild all".</summary>
public sealed class BuildManifestTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "plansite-manifest-" + Guid.NewGuid().ToString("N"));

    public BuildManifestTests() => Directory.CreateDirectory(_dir);

    private string ManifestPath => Path.Combine(_dir, BuildManifest.FileName);

    [Fact]
    public void WhatIsWrittenIsReadBackExactlyIncludingPathsWithSpaces()
    {
        var files = new Dictionary<string, FileRecord>
        {
            ["plans/demo/index.html"] = new("demo", "0123456789abcdef", 1234),
            ["plans/demo/departments/交通 防犯課/index.html"] = new("demo", "fedcba9876543210", 56),
            ["index.html"] = new("-", "00000000ffffffff", 0),
        };
        BuildManifest.Write(ManifestPath, "sitefp", new Dictionary<string, string> { ["demo"] = "planfp" },
            new Dictionary<string, string> { ["demo"] = "bundlepart" }, files, [], previous: null);

        var read = BuildManifest.Load(_dir);

        Assert.NotNull(read);
        Assert.Equal("sitefp", read.SiteFingerprint);
        Assert.Equal("planfp", read.PlanFingerprints["demo"]);
        Assert.False(read.PlanFingerprints.ContainsKey("-"), "an owner without a fingerprint has none");
        Assert.Equal("bundlepart", read.BundleParts["demo"]);
        Assert.Equal(files.OrderBy(f => f.Key, StringComparer.Ordinal), read.Files.OrderBy(f => f.Key, StringComparer.Ordinal));
        Assert.Equal(["plans/demo/departments/交通 防犯課/index.html", "plans/demo/index.html"], read.FilesOf("demo").Select(f => f.Key).Order(StringComparer.Ordinal));
        Assert.Equal(new BuildManifest.Section(0, 0, 2, 1290, 2, 0) with { Start = read.SectionOf("demo").Start, Length = read.SectionOf("demo").Length }, read.SectionOf("demo"));
    }

    [Fact]
    public void AKeptOwnersSectionIsCarriedIntoTheNextManifestAsItWas()
    {
        var files = new Dictionary<string, FileRecord>
        {
            ["plans/a/index.html"] = new("a", "0123456789abcdef", 10),
            ["plans/a/indicators/1.csv"] = new("a", "1123456789abcdef", 20),
            ["plans/b/index.html"] = new("b", "2123456789abcdef", 30),
        };
        BuildManifest.Write(ManifestPath, "site1", new Dictionary<string, string> { ["a"] = "fa", ["b"] = "fb" },
            new Dictionary<string, string> { ["a"] = "pa" }, files, [], previous: null);
        var first = BuildManifest.Load(_dir)!;

        // Plan b is rebuilt with one file changed; plan a is kept without its records being read.
        var rebuilt = new Dictionary<string, FileRecord> { ["plans/b/index.html"] = new("b", "3123456789abcdef", 31) };
        string next = Path.Combine(_dir, "next");
        Directory.CreateDirectory(next);
        BuildManifest.Write(Path.Combine(next, BuildManifest.FileName), "site1", new Dictionary<string, string> { ["b"] = "fb2" },
            new Dictionary<string, string>(), rebuilt, ["a"], first);
        var second = BuildManifest.Load(next)!;

        Assert.Equal(first.FilesOf("a"), second.FilesOf("a"));
        Assert.Equal("fa", second.PlanFingerprints["a"]);
        Assert.Equal("pa", second.BundleParts["a"]);
        Assert.Equal("fb2", second.PlanFingerprints["b"]);
        Assert.Equal("3123456789abcdef", second.FilesOf("b")["plans/b/index.html"].Hash);
        Assert.Equal(first.SectionOf("a").FileCount, second.SectionOf("a").FileCount);
        Assert.Equal(30, second.SectionOf("a").Bytes);
        Assert.Equal(1, second.SectionOf("a").DataFiles);
        var lines = new List<string>();
        foreach (var (path, hash, size) in second.LinesOfFiles("a"))
            lines.Add($"{path} {hash} {size}");
        Assert.Equal(["plans/a/index.html 0123456789abcdef 10", "plans/a/indicators/1.csv 1123456789abcdef 20"], lines);
    }

    [Theory]
    [InlineData("site abc\nowner demo fp -\n0123456789abcdef notanumber plans/demo/index.html\n")]
    [InlineData("site abc\nowner demo fp -\n0123456789abcdef 12\n")]
    [InlineData("site abc\nowner demo fp\n")]
    [InlineData("site abc\nowner demo fp - extra\n")]
    [InlineData("site abc\nowner demo fp -\nowner demo fp -\n")]
    [InlineData("site abc def\n")]
    [InlineData("owner demo fp -\n0123456789abcdef 12 index.html\n")]
    [InlineData("site abc\n0123456789abcdef 12 index.html\n")]
    [InlineData("site abc\nowner demo fp -\n\n")]
    public void AManifestThatDoesNotParseMeansEverythingIsBuiltAgain(string text)
    {
        File.WriteAllText(ManifestPath, BuildManifest.Header + "\n" + text);
        Assert.Null(BuildManifest.Load(_dir));
    }

    [Fact]
    public void AManifestOfAnotherVersionIsNotRead()
    {
        const string lines = "site abc\nowner - fp -\n0123456789abcdef 12 index.html\n";
        File.WriteAllText(ManifestPath, BuildManifest.Header + "\n" + lines);
        Assert.NotNull(BuildManifest.Load(_dir)); // the same lines under this version's header are read

        // v1 held truncated SHA-256 hashes: none would match a file now, so it must mean "rebuild all".
        File.WriteAllText(ManifestPath, "# PlanSite build manifest v1: inputs and outputs of the last build (used to rebuild only what changed). Safe to delete.\n" + lines);
        Assert.Null(BuildManifest.Load(_dir));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
