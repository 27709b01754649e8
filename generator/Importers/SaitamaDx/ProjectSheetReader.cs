using System.Text.RegularExpressions;
using PlanSite.Model;

namespace PlanSite.Importers.SaitamaDx;

/// <summary>A table of the sheet: its header row and the rows under it.</summary>
public sealed record TableBlock(SeedRow Header, IReadOnlyList<SeedRow> Rows);

/// <summary>One 事業 sheet, split into its labelled fields and its three tables, still as cells.</summary>
public sealed record ProjectSheet(
    int Line,
    string Code,
    string Department,
    IReadOnlyDictionary<string, SeedRow> Fields,
    TableBlock? Roadmap,
    TableBlock? Schedule,
    TableBlock? Indicators,
    IReadOnlyList<Note> Notes)
{
    public string FieldText(string label) => Fields.TryGetValue(label, out var row) ? row[1] : "";
}

/// <summary>
/// Walks a record's rows with a small state machine. The tables always come in the same order
/// (roadmap R3…R7, monthly schedule, indicators R3…R7), so the order of the headers tells them apart
/// even though the roadmap and indicator headers look alike.
/// </summary>
public static partial class ProjectSheetReader
{
    private enum Stage { Fields, Roadmap, Schedule, Indicators }

    private static readonly string[] RequiredFields =
        [RowClassifier.NameLabel, RowClassifier.PurposeLabel, RowClassifier.ContentLabel, RowClassifier.ActionsLabel];

    public static ProjectSheet Read(SeedRecord record, ICollection<ImportWarning> warnings)
    {
        var header = record.Header;
        if (!ProjectCode().IsMatch(header[1]))
            warnings.Add(new ImportWarning(header.Line, $"事業番号 '{header[1]}' is not of the form X-Y-Z"));
        if (header[2] != "事業原課" || header[3].Length == 0)
            warnings.Add(new ImportWarning(header.Line, "事業番号 row does not name a 事業原課"));

        var fields = new Dictionary<string, SeedRow>();
        var stage = Stage.Fields;
        SeedRow? roadmapHeader = null, scheduleHeader = null, indicatorHeader = null;
        var roadmap = new List<SeedRow>();
        var schedule = new List<SeedRow>();
        var indicators = new List<SeedRow>();

        foreach (var row in record.Body)
        {
            switch (RowClassifier.Classify(row))
            {
                case RowKind.Blank or RowKind.Separator:
                    break;
                case RowKind.Field:
                    // 今年度の実施事項 sits inside the schedule block or after it, so fields are accepted anywhere.
                    if (!fields.TryAdd(row.Label, row))
                        warnings.Add(new ImportWarning(row.Line, $"second {row.Label} row ignored"));
                    break;
                case RowKind.YearHeader when stage == Stage.Fields:
                    (stage, roadmapHeader) = (Stage.Roadmap, row);
                    break;
                case RowKind.YearHeader when stage == Stage.Schedule:
                    (stage, indicatorHeader) = (Stage.Indicators, row);
                    break;
                case RowKind.MonthHeader when stage == Stage.Roadmap:
                    (stage, scheduleHeader) = (Stage.Schedule, row);
                    break;
                case RowKind.Data when stage != Stage.Fields:
                    (stage switch { Stage.Roadmap => roadmap, Stage.Schedule => schedule, _ => indicators }).Add(row);
                    break;
                default:
                    warnings.Add(new ImportWarning(row.Line, $"row not expected here ({stage} stage) ignored"));
                    break;
            }
        }

        foreach (string label in RequiredFields.Where(label => !fields.ContainsKey(label)))
            warnings.Add(new ImportWarning(header.Line, $"{header[1]} has no {label} row"));
        if (indicatorHeader is null)
            warnings.Add(new ImportWarning(header.Line, $"{header[1]} has no indicator table"));

        return new ProjectSheet(header.Line, header[1], header[3], fields,
            Block(roadmapHeader, roadmap), Block(scheduleHeader, schedule), Block(indicatorHeader, indicators), record.Notes);
    }

    private static TableBlock? Block(SeedRow? header, List<SeedRow> rows) => header is null ? null : new TableBlock(header, rows.ToArray());

    [GeneratedRegex(@"^\d+-\d+-\d+$")]
    private static partial Regex ProjectCode();
}
