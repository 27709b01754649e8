using PlanSite.Importers.Shared;
using PlanSite.Model;

namespace PlanSite.Importers.SaitamaImplementationPlan;

/// <summary>
/// The reviewed overlay for seed 000 (seeds/curation/000_….yaml): plan metadata, the scrambled 体系 pages
/// (chapters, policies), the 施策 成果指標 whose target pairs are printed away from their rows, and the
/// few indicator tables whose rows the extraction interleaves. Every text carries the seed lines it was
/// read from; <see cref="CurationCheck"/> verifies them against the seed.
/// </summary>
public sealed class Curation
{
    public required Entry<string> Id { get; init; }
    public required TitleEntry Title { get; init; }
    public required MunicipalityEntry Municipality { get; init; }
    public required SourceEntry Source { get; init; }
    public required TextEntry AsOf { get; init; }
    public required LevelsEntry Levels { get; init; }
    public required CountsEntry ExpectedCounts { get; init; }
    public required LinedText Part { get; init; }
    public List<ChapterEntry> Chapters { get; init; } = new();
    public List<PolicyEntry> Policies { get; init; } = new();
    public List<OutcomeEntry> OutcomeIndicators { get; init; } = new();
    public List<TableEntry> IndicatorTables { get; init; } = new();
    public List<IndicatorFix> Indicators { get; init; } = new();

    public static Curation Load(string path) => CurationYaml.Load<Curation>(path);

    public sealed class Entry<T> { public required T Value { get; init; } public required string Reason { get; init; } }
    public sealed class TitleEntry { public required string Text { get; init; } public string? Note { get; init; } public required string Reason { get; init; } }
    public sealed class MunicipalityEntry { public required string Name { get; init; } public string? Prefecture { get; init; } public required string Reason { get; init; } }
    public sealed class SourceEntry { public required string Title { get; init; } public string? Publisher { get; init; } public string? Url { get; init; } public string? Note { get; init; } public required string Reason { get; init; } }
    public sealed class TextEntry { public required string Text { get; init; } public required string Reason { get; init; } }
    public sealed class LevelsEntry { public required List<string> Names { get; init; } public required string Reason { get; init; } }

    public sealed class CountsEntry
    {
        public int Projects { get; init; }
        public int Measures { get; init; }
        public int Policies { get; init; }
        public int OutcomeIndicators { get; init; }
        public int Indicators { get; init; }
        public required string Reason { get; init; }
    }

    public sealed class LinedText { public required string Text { get; init; } public required List<int> Lines { get; init; } public required string Reason { get; init; } }

    public sealed class ChapterEntry
    {
        public required string Code { get; init; }
        public required string Title { get; init; }
        public required List<int> Lines { get; init; }
        public required string Reason { get; init; }
    }

    public sealed class PolicyEntry
    {
        public required string Code { get; init; }
        public required string Label { get; init; }
        public required string Title { get; init; }
        public required List<int> Lines { get; init; }
        public required string Direction { get; init; }
        public required List<int> DirectionLines { get; init; }
        public required string Reason { get; init; }
    }

    public sealed class OutcomeEntry
    {
        public required string Measure { get; init; }
        public int No { get; init; }
        public required string Name { get; init; }
        public required List<int> NameLines { get; init; }
        public required string Baseline { get; init; }
        public required string BaselineYear { get; init; }
        public required List<int> BaselineLines { get; init; }
        public required string TargetR7 { get; init; }
        public required string TargetR12 { get; init; }
        public required List<int> TargetLines { get; init; }
        public string? Direction { get; init; }
        public string? Note { get; init; }
        public int? NoteLine { get; init; }
        public required string Reason { get; init; }
    }

    /// <summary>A whole indicator table for a box whose rows the extraction interleaves beyond what rules can untangle.</summary>
    public sealed class TableEntry
    {
        public required string Project { get; init; }
        public required List<RowEntry> Rows { get; init; }
        public required string Reason { get; init; }
    }

    public sealed class RowEntry
    {
        public required string Name { get; init; }
        public required List<int> NameLines { get; init; }
        public required string Baseline { get; init; }
        public required List<int> BaselineLines { get; init; }
        public required List<string> Targets { get; init; }
        public required List<int> TargetLines { get; init; }
        public required string Final { get; init; }
        public required List<int> FinalLines { get; init; }
    }

    /// <summary>What the site should know about one indicator that the table does not say (direction, a cell's reading).</summary>
    public sealed class IndicatorFix
    {
        public required string Id { get; init; }
        public string? Direction { get; init; }
        /// <summary>A note shown with the indicator (e.g. a source inconsistency kept as printed).</summary>
        public string? Note { get; init; }
        public int? NoteLine { get; init; }
        public required string Reason { get; init; }
    }

    public Municipality ToMunicipality() => new(Municipality.Name, Municipality.Prefecture);
}
