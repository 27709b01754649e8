using System.Text.RegularExpressions;
using PlanSite.Model;

namespace PlanSite.Importers.SaitamaDx;

/// <summary>The rows of one 事業 sheet: its 事業番号 row, the rows up to the next one, and the ※ notes about it.</summary>
public sealed record SeedRecord(SeedRow Header, IReadOnlyList<SeedRow> Body, IReadOnlyList<Note> Notes);

public sealed record SegmentedSeed(IReadOnlyList<SeedRecord> Records, IReadOnlyList<Note> PlanNotes);

/// <summary>Cuts the seed into one record per 事業番号 row and sorts the ※ notes between record and plan.</summary>
public static partial class RecordSegmenter
{
    public static SegmentedSeed Segment(IReadOnlyList<SeedRow> rows, ICollection<ImportWarning> warnings)
    {
        var records = new List<SeedRecord>();
        var planNotes = new List<Note>();
        SeedRow? header = null;
        var body = new List<SeedRow>();
        var notes = new List<Note>();

        void Close()
        {
            if (header is not null)
                records.Add(new SeedRecord(header, body.ToArray(), notes.ToArray()));
            body.Clear();
            notes.Clear();
        }

        foreach (var row in rows)
        {
            switch (RowClassifier.Classify(row))
            {
                case RowKind.RecordStart:
                    Close();
                    header = row;
                    break;
                case RowKind.Note:
                    if (row.Cells.Count > 1)
                        warnings.Add(new ImportWarning(row.Line, "note row has more than one cell; only the first is kept"));
                    var note = new Note(row[0], row.Line);
                    // A note about a removed 事業 (※8-1-1はR3年度末で廃止) has no record of its own to sit on.
                    if (RemovedMeasureNote().IsMatch(row[0]))
                        planNotes.Add(note);
                    else if (header is null)
                    {
                        warnings.Add(new ImportWarning(row.Line, "note before the first 事業番号; kept as a plan note"));
                        planNotes.Add(note);
                    }
                    else
                        notes.Add(note);
                    break;
                case RowKind.Blank:
                    break;
                default:
                    if (header is null)
                        warnings.Add(new ImportWarning(row.Line, "row before the first 事業番号 ignored"));
                    else
                        body.Add(row);
                    break;
            }
        }
        Close();
        return new SegmentedSeed(records, planNotes);
    }

    [GeneratedRegex(@"^※\d+-\d+-\d+は.+で(廃止|完了済)$")]
    private static partial Regex RemovedMeasureNote();
}
