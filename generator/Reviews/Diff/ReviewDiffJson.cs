using System.Text.Encodings.Web;
using System.Text.Json;
using PlanSite.Model;

namespace PlanSite.Reviews.Diff;

/// <summary>The change report as JSON for scripts; keys in English, values as the report states them (raw source text, grade keys).</summary>
public static class ReviewDiffJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Not embedded in HTML: Japanese stays readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Write(ReviewComparison diff)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteString("plan", diff.PlanId);
            w.WriteNumber("from", diff.From.StartYear);
            w.WriteNumber("to", diff.To.StartYear);
            w.WriteNumber("indicators_compared", diff.IndicatorsCompared);
            w.WriteNumber("measures_compared", diff.MeasuresCompared);
            Grades(w, "indicator_grades", diff.IndicatorGrades);
            w.WriteStartArray("worse_actuals");
            foreach (var d in diff.WorseActuals)
            {
                w.WriteStartObject();
                w.WriteString("id", d.Id);
                w.WriteString("direction", d.Direction.ToString().ToLowerInvariant());
                w.WriteString("from", d.From.Raw);
                w.WriteString("to", d.To.Raw);
                w.WriteNumber("difference", d.Difference);
                if (d.Percent is { } p) w.WriteNumber("percent", p); else w.WriteNull("percent");
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("actuals");
            foreach (var a in diff.Actuals)
            {
                w.WriteStartObject();
                w.WriteString("id", a.Id);
                w.WriteString("change", a.Change.ToString().ToLowerInvariant());
                Raw(w, "from", a.From);
                Raw(w, "to", a.To);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            Grades(w, "measure_grades", diff.MeasureGrades);
            w.WriteStartArray("measures");
            foreach (var m in diff.Measures)
            {
                w.WriteStartObject();
                w.WriteString("id", m.Id);
                w.WriteString("change", m.Added ? "added" : "removed");
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void Grades(Utf8JsonWriter w, string name, IReadOnlyList<GradeChange> changes)
    {
        w.WriteStartArray(name);
        foreach (var g in changes)
        {
            w.WriteStartObject();
            w.WriteString("id", g.Id);
            w.WriteString("move", g.Move.ToString().ToLowerInvariant());
            w.WriteString("from", g.From?.Key);
            w.WriteString("to", g.To?.Key);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Raw(Utf8JsonWriter w, string name, Value? value)
    {
        if (value is null) w.WriteNull(name); else w.WriteString(name, value.Raw);
    }
}
