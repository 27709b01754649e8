using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using PlanSite.Model;
using PlanSite.Rendering.Pages;

namespace PlanSite.Rendering.Data;

/// <summary>
/// The JSON files: one per indicator, one per plan, and the site index. Their shapes are fixed by
/// the JSON Schemas in docs/schemas/ and documented in docs/data-formats.md.
/// </summary>
public static class JsonData
{
    public const string SchemaVersion = "1.0";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Data files are not embedded in HTML, so Japanese stays readable instead of \uXXXX.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    // One buffer and writer per thread, reset for each file: a new MemoryStream and writer per file
    // grew and copied each document several times (0.45 GB at 10,000 indicators, `build --timings`).
    [ThreadStatic] private static ArrayBufferWriter<byte>? t_buffer;
    [ThreadStatic] private static Utf8JsonWriter? t_writer;

    private static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer, Options);
        writer.Reset(buffer);
        try
        {
            write(writer);
            writer.Flush();
            var bytes = new byte[buffer.WrittenCount + 1];
            buffer.WrittenSpan.CopyTo(bytes);
            bytes[^1] = (byte)'\n';
            return bytes;
        }
        finally
        {
            if (buffer.Capacity > 1 << 22)
            {
                t_buffer = null; // the site-wide index can be large; do not keep its buffer on the thread
                t_writer = null;
            }
        }
    }

    public static byte[] Indicator(PlanQueries queries, Indicator indicator, string? baseUrl) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("schema_version", SchemaVersion);
        w.WritePropertyName("plan");
        PlanReference(w, queries.Plan, baseUrl);
        var measure = queries.Measure(indicator.MeasureId)!;
        w.WritePropertyName("measure");
        MeasureReference(w, queries.Plan, measure, baseUrl);
        w.WritePropertyName("indicator");
        IndicatorObject(w, queries, indicator, baseUrl);
        w.WriteEndObject();
    });

    public static byte[] Plan(PlanQueries queries, string? baseUrl) => Write(w =>
    {
        var plan = queries.Plan;
        w.WriteStartObject();
        w.WriteString("schema_version", SchemaVersion);
        w.WritePropertyName("plan");
        PlanReference(w, plan, baseUrl);
        w.WriteString("period_from", plan.Period.From.ToString());
        w.WriteString("period_to", plan.Period.To.ToString());
        w.WriteString("as_of", plan.AsOf);
        w.WriteStartArray("levels");
        foreach (var level in plan.LevelNames) w.WriteStringValue(level);
        w.WriteEndArray();
        w.WriteStartArray("grades");
        foreach (var grade in plan.Grades.Grades)
        {
            w.WriteStartObject();
            w.WriteString("key", grade.Key);
            w.WriteString("label", grade.Label);
            w.WriteString("tone", Display.Tone(grade.Tone));
            w.WriteString("description", grade.Description);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("reviews");
        foreach (var review in plan.Reviews)
        {
            w.WriteStartObject();
            w.WriteString("fiscal_year", review.FiscalYear.ToString());
            w.WriteString("fiscal_year_label", review.FiscalYear.EraName);
            w.WriteString("published", review.Published?.ToString("yyyy-MM-dd"));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("measures");
        foreach (var measure in plan.AllMeasures)
        {
            w.WriteStartObject();
            w.WriteString("id", measure.Id);
            w.WriteString("code", measure.Code);
            w.WriteString("title", measure.Title);
            w.WriteString("level", plan.LevelName(measure.Depth));
            w.WriteString("parent_id", measure.ParentId);
            w.WriteStartArray("owners");
            foreach (var owner in measure.Owners) w.WriteStringValue(owner);
            w.WriteEndArray();
            w.WriteString("repeat_of", measure.RepeatOf);
            w.WriteStartArray("grades");
            foreach (var review in plan.Reviews)
                if (review.Measures.TryGetValue(measure.Id, out var r) && r.Grade is not null)
                {
                    w.WriteStartObject();
                    w.WriteString("fiscal_year", review.FiscalYear.ToString());
                    w.WriteString("grade", r.Grade.Key);
                    w.WriteEndObject();
                }
            w.WriteEndArray();
            w.WriteString("url", Absolute(baseUrl, SiteUrls.Measure(plan, measure)));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("indicators");
        foreach (var indicator in plan.AllIndicators)
            IndicatorObject(w, queries, indicator, baseUrl);
        w.WriteEndArray();
        w.WriteEndObject();
    });

    public static byte[] Index(SiteContent site, IReadOnlyList<PlanOutline> plans, string? baseUrl) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("schema_version", SchemaVersion);
        w.WriteString("site_title", site.Info.Title);
        w.WriteString("base_url", baseUrl);
        w.WriteStartArray("plans");
        foreach (var plan in plans)
        {
            w.WriteStartObject();
            w.WriteString("id", plan.Id);
            w.WriteString("title", plan.Title);
            w.WriteString("municipality", plan.Municipality);
            w.WriteString("path", plan.Path);
            w.WriteString("csv", plan.Csv);
            w.WriteString("json", plan.Json);
            w.WriteStartArray("measures");
            foreach (var measure in plan.IndexedMeasures)
            {
                w.WriteStartObject();
                w.WriteString("id", measure.Id);
                w.WriteString("code", measure.Code);
                w.WriteString("title", measure.Title);
                w.WriteString("path", measure.Path);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("indicators");
            foreach (var indicator in plan.IndexedIndicators)
            {
                w.WriteStartObject();
                w.WriteString("id", indicator.Id);
                w.WriteString("name", indicator.Name);
                w.WriteString("measure_id", indicator.MeasureId);
                w.WriteString("path", indicator.Path);
                w.WriteString("csv", indicator.Csv);
                w.WriteString("json", indicator.Json);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static string? Absolute(string? baseUrl, string path) => baseUrl is null ? null : baseUrl + path;

    private static void PlanReference(Utf8JsonWriter w, Plan plan, string? baseUrl)
    {
        w.WriteStartObject();
        w.WriteString("id", plan.Id);
        w.WriteString("title", plan.Title);
        w.WriteString("municipality", plan.Municipality.Name);
        w.WriteString("prefecture", plan.Municipality.Prefecture);
        w.WritePropertyName("source");
        w.WriteStartObject();
        w.WriteString("title", plan.Source.Title);
        w.WriteString("file", plan.Source.File);
        w.WriteString("publisher", plan.Source.Publisher);
        w.WriteString("url", plan.Source.Url);
        w.WriteEndObject();
        w.WriteString("url", Absolute(baseUrl, SiteUrls.Plan(plan)));
        w.WriteEndObject();
    }

    private static void MeasureReference(Utf8JsonWriter w, Plan plan, Measure measure, string? baseUrl)
    {
        w.WriteStartObject();
        w.WriteString("id", measure.Id);
        w.WriteString("code", measure.Code);
        w.WriteString("title", measure.Title);
        w.WriteString("level", plan.LevelName(measure.Depth));
        w.WriteString("url", Absolute(baseUrl, SiteUrls.Measure(plan, measure)));
        w.WriteEndObject();
    }

    private static void IndicatorObject(Utf8JsonWriter w, PlanQueries queries, Indicator indicator, string? baseUrl)
    {
        var series = queries.Series(indicator);
        var source = series.Indicator;
        w.WriteStartObject();
        w.WriteString("id", indicator.Id);
        w.WriteString("name", indicator.Name);
        w.WriteString("measure_id", indicator.MeasureId);
        w.WriteString("unit", source.Unit);
        w.WriteString("direction", DataRecords.DirectionKey(source.Direction));
        w.WriteString("repeat_of", indicator.RepeatOf);
        w.WritePropertyName("baseline");
        if (source.Baseline is { } b)
        {
            w.WriteStartObject();
            w.WriteString("fiscal_year", b.FiscalYear?.ToString());
            w.WriteString("label", b.Label);
            w.WritePropertyName("value");
            ValueObject(w, b.Value);
            w.WriteEndObject();
        }
        else w.WriteNullValue();
        w.WritePropertyName("final_target");
        if (source.FinalTarget is { } f)
        {
            w.WriteStartObject();
            w.WriteString("label", f.Label);
            w.WritePropertyName("value");
            ValueObject(w, f.Value);
            w.WriteEndObject();
        }
        else w.WriteNullValue();
        w.WriteStartArray("years");
        foreach (var year in series.Years)
        {
            w.WriteStartObject();
            w.WriteString("fiscal_year", year.FiscalYear.ToString());
            w.WriteString("fiscal_year_label", year.FiscalYear.EraName);
            w.WritePropertyName("target");
            ValueObject(w, year.Target);
            w.WritePropertyName("actual");
            ValueObject(w, year.Actual);
            w.WritePropertyName("grade");
            if (year.Grade is { } g)
            {
                w.WriteStartObject();
                w.WriteString("key", g.Key);
                w.WriteString("label", g.Label);
                w.WriteEndObject();
            }
            else w.WriteNullValue();
            w.WriteString("note", year.Note);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("notes");
        foreach (var note in source.Notes) w.WriteStringValue(note.Text);
        w.WriteEndArray();
        w.WritePropertyName("source");
        w.WriteStartObject();
        w.WriteString("title", queries.Plan.Source.Title);
        w.WriteString("file", queries.Plan.Source.File);
        if (source.SourceLine is { } line) w.WriteNumber("line", line); else w.WriteNull("line");
        w.WriteEndObject();
        w.WriteString("url", Absolute(baseUrl, SiteUrls.Indicator(queries.Plan, indicator)));
        w.WriteEndObject();
    }

    private static void ValueObject(Utf8JsonWriter w, Value? value)
    {
        if (value is null) { w.WriteNullValue(); return; }
        w.WriteStartObject();
        if (value.Number is { } n) w.WriteNumber("number", n); else w.WriteNull("number");
        w.WriteString("word", value.Word);
        w.WriteString("raw", value.Raw);
        w.WriteString("unit", value.Unit);
        if (value.Approximate) w.WriteBoolean("approx", true);
        if (value.Bound is { } bound) w.WriteString("bound", bound switch { ValueBound.AtLeast => "at_least", ValueBound.AtMost => "at_most", _ => "below" });
        if (value.Note is not null) w.WriteString("note", value.Note);
        w.WriteEndObject();
    }
}
