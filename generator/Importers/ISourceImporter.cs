using PlanSite.Model;

namespace PlanSite.Importers;

/// <summary>
/// Turns one kind of source document (a seed's extracted text) into a plan with its reviews.
/// Importers are deterministic: the same seed and curation file always give the same plan.
/// </summary>
public interface ISourceImporter
{
    /// <summary>Short name used on the command line, e.g. "saitama-dx".</summary>
    string Name { get; }

    /// <summary>The seed file this importer reads, relative to seeds/, e.g. "004_ed437960464d9b3c.txt".</summary>
    string SeedFileName { get; }

    /// <summary>Reads the seed and applies its curation file (seeds/curation/&lt;seed stem&gt;.yaml).</summary>
    ImportResult Import(string seedPath, string curationPath);
}

/// <summary>The imported plan (reviews included) and what the importer could not place with certainty.</summary>
public sealed record ImportResult(Plan Plan, IReadOnlyList<ImportWarning> Warnings);

public sealed record ImportWarning(int Line, string Message)
{
    public override string ToString() => $"line {Line}: {Message}";
}
