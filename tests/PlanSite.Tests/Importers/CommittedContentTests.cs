using PlanSite.Cli;
using PlanSite.Content.Writing;
using PlanSite.Importers;
using PlanSite.Tests.Support;

namespace PlanSite.Tests.Importers;

/// <summary>
/// content/plans is generated: re-running every importer must reproduce the committed files byte
/// for byte, so nobody can hand-edit generated YAML or change an importer without updating content.
/// </summary>
public class CommittedContentTests
{
    public static TheoryData<string> Importers() => new(ImporterRegistry.All.Select(i => i.Name));

    [Theory]
    [MemberData(nameof(Importers))]
    public void ReimportReproducesTheCommittedYaml(string name)
    {
        var importer = ImporterRegistry.Find(name)!;
        var result = importer.Import(Path.Combine(RepoPaths.Seeds, importer.SeedFileName), ImporterRegistry.CurationPathFor(RepoPaths.Seeds, importer));
        Assert.Empty(result.Warnings);

        using var temp = new TempContent();
        ContentWriter.WritePlan(result.Plan, temp.ContentDir, PlanSiteCommand.Header(importer));
        string produced = Path.Combine(temp.ContentDir, "plans", result.Plan.Id);
        string committed = Path.Combine(RepoPaths.Content, "plans", result.Plan.Id);

        static string[] Files(string dir) => Directory.GetFiles(dir, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(dir, f)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(Files(produced), Files(committed));
        foreach (var file in Files(produced))
            Assert.True(File.ReadAllBytes(Path.Combine(produced, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(committed, file))),
                $"{file} differs from what `plansite import {name}` produces: re-run the import and commit the result");
    }

    /// <summary>seeds/SHA256SUMS was taken from ../shared/seeds when the seeds were copied in.</summary>
    [Fact]
    public void SeedsAreUnchangedCopiesOfTheOriginals()
    {
        var sums = File.ReadAllLines(Path.Combine(RepoPaths.Seeds, "SHA256SUMS"))
            .Select(line => line.Split("  ", 2)).ToDictionary(p => p[1], p => p[0]);
        Assert.Equal(5, sums.Count);
        foreach (var (file, expected) in sums)
        {
            using var stream = File.OpenRead(Path.Combine(RepoPaths.Seeds, file));
            Assert.Equal(expected, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream)));
        }
    }
}
