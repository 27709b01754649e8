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
        new BuildManifest("sitefp", new Dictionary<string, string> { ["demo"] = "planfp" }, files).WriteTo(ManifestPath);

        var read = BuildManifest.Load(_dir);

        Assert.NotNull(read);
        Assert.Equal("sitefp", read.SiteFingerprint);
        Assert.Equal("planfp", read.PlanFingerprints["demo"]);
        Assert.Equal(files.OrderBy(f => f.Key, StringComparer.Ordinal), read.Files.OrderBy(f => f.Key, StringComparer.Ordinal));
        Assert.Equal(["plans/demo/departments/交通 防犯課/index.html", "plans/demo/index.html"], read.FilesOf("demo").Select(f => f.Key).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("site abc\nfile demo 0123456789abcdef notanumber plans/demo/index.html\n")]
    [InlineData("site abc\nfile demo 0123456789abcdef 12\n")]
    [InlineData("site abc\nplan demo\n")]
    [InlineData("site abc def\n")]
    [InlineData("file demo 0123456789abcdef 12 index.html\n")]
    [InlineData("site abc\nsomething else\n")]
    public void AManifestThatDoesNotParseMeansEverythingIsBuiltAgain(string text)
    {
        File.WriteAllText(ManifestPath, BuildManifest.Header + "\n" + text);
        Assert.Null(BuildManifest.Load(_dir));
    }

    [Fact]
    public void AManifestOfAnotherVersionIsNotRead()
    {
        const string lines = "site abc\nfile demo 0123456789abcdef 12 index.html\n";
        File.WriteAllText(ManifestPath, BuildManifest.Header + "\n" + lines);
        Assert.NotNull(BuildManifest.Load(_dir)); // the same lines under this version's header are read

        // v1 held truncated SHA-256 hashes: none would match a file now, so it must mean "rebuild all".
        File.WriteAllText(ManifestPath, "# PlanSite build manifest v1: inputs and outputs of the last build (used to rebuild only what changed). Safe to delete.\n" + lines);
        Assert.Null(BuildManifest.Load(_dir));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
