using System.Globalization;
using System.Xml.Linq;
using PlanSite.Model;
using PlanSite.Rendering.Charts;

namespace PlanSite.Tests.Rendering;

public class ChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly FiscalYearRange Period = new(new FiscalYear(2021), new FiscalYear(2025));

    private static readonly Grade S = new("S", "目標を大きく上回る", GradeTone.Good, null);
    private static readonly Grade A = new("A", "順調", GradeTone.Good, null);
    private static readonly Grade B = new("B", "概ね順調", GradeTone.Fair, null);
    private static readonly Grade C = new("C", "遅れ", GradeTone.Poor, null);

    // ---- helpers -------------------------------------------------------------------------------

    /// <summary>A series over R3–R7; null entries (or entries past the array) are missing years.</summary>
    private static IndicatorSeries Series(string name, string? unit, Direction direction, string?[] targets,
        string?[] actuals, Grade?[]? grades = null, Baseline? baseline = null)
    {
        var indicator = new Indicator
        {
            Id = "ind", Name = name, MeasureId = "m", Unit = unit, Direction = direction, Baseline = baseline,
            Targets = Period.Years
                .Select((fy, i) => (fy, i))
                .Where(x => x.i < targets.Length && targets[x.i] is not null)
                .Select(x => new KeyValuePair<FiscalYear, Value>(x.fy, Value.FromScalar(targets[x.i]!)))
                .ToArray(),
        };
        var years = Period.Years.Select((fy, i) => new IndicatorYear(fy,
            indicator.TargetFor(fy),
            i < actuals.Length && actuals[i] is not null ? Value.FromScalar(actuals[i]!) : null,
            grades is not null && i < grades.Length ? grades[i] : null,
            null)).ToArray();
        return new IndicatorSeries(indicator, Period, years);
    }

    private static IndicatorSeries Rpa() => Series("RPAによる職員運用業務の削減（時間）", "時間", Direction.Increase,
        new[] { "10.8", "14.5", "14.5", "14.5", "14.5" }, new[] { "5.7", "18.9" }, new Grade?[] { B, S });

    private static XElement Render(IndicatorSeries series, string prefix = "c", bool compact = false) =>
        XDocument.Parse(IndicatorChart.Render(series, new ChartOptions { IdPrefix = prefix, Compact = compact })).Root!;

    private static bool HasClass(XElement e, string cls) =>
        ((string?)e.Attribute("class"))?.Split(' ').Contains(cls) == true;

    private static IEnumerable<XElement> WithClasses(XElement root, params string[] classes) =>
        root.Descendants().Where(e => classes.All(c => HasClass(e, c)));

    private static XElement YearGroup(XElement root, int year) =>
        root.Descendants(Svg + "g").Single(g => HasClass(g, "year") && (string?)g.Attribute("data-fiscal-year") == year.ToString(CultureInfo.InvariantCulture));

    private static decimal Num(XElement e, string attribute) =>
        decimal.Parse(e.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);

    /// <summary>What the element shows: its text and tspans, without hover tooltips (&lt;title&gt;).</summary>
    private static string Visible(XElement e) =>
        string.Concat(e.DescendantNodes().OfType<XText>().Where(t => t.Parent!.Name != Svg + "title").Select(t => t.Value));

    private static IReadOnlyList<string> VisibleTexts(XElement root) =>
        root.Descendants(Svg + "text").Select(Visible).ToList();

    private static double Contrast(string hex)
    {
        static double Channel(int v)
        {
            double c = v / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        int r = Convert.ToInt32(hex.Substring(1, 2), 16), g = Convert.ToInt32(hex.Substring(3, 2), 16), b = Convert.ToInt32(hex.Substring(5, 2), 16);
        double l = 0.2126 * Channel(r) + 0.7152 * Channel(g) + 0.0722 * Channel(b);
        return 1.05 / (l + 0.05);
    }

    // ---- numeric, increasing -------------------------------------------------------------------

    [Fact]
    public void Numeric_indicator_draws_one_actual_bar_per_actual_with_heights_in_proportion()
    {
        var root = Render(Rpa());

        Assert.Contains("numeric", ((string)root.Attribute("class")!).Split(' '));
        var actuals = WithClasses(root, "actual", "bar").ToList();
        Assert.Equal(2, actuals.Count);
        Assert.All(actuals, a => Assert.Equal("rect", a.Name.LocalName));
        var r3 = Assert.Single(YearGroup(root, 2021).Elements(Svg + "rect"), e => HasClass(e, "actual"));
        var r4 = Assert.Single(YearGroup(root, 2022).Elements(Svg + "rect"), e => HasClass(e, "actual"));

        // Heights relative to each other as the values are (coordinates are rounded to 2 decimals).
        Assert.Equal(18.9 / 5.7, (double)(Num(r4, "height") / Num(r3, "height")), 2);
        Assert.True(Num(r4, "height") > Num(r3, "height"));
        // Both stand on the zero line.
        var zero = WithClasses(root, "zero-line").Single();
        Assert.Equal(Num(zero, "y1"), Num(r3, "y") + Num(r3, "height"), 1);
        Assert.Equal(Num(zero, "y1"), Num(r4, "y") + Num(r4, "height"), 1);
    }

    [Fact]
    public void Numeric_indicator_draws_every_target_as_a_dashed_outline_and_actuals_solid()
    {
        var root = Render(Rpa());

        var targets = WithClasses(root, "target", "bar").ToList();
        Assert.Equal(5, targets.Count);
        Assert.All(targets, t =>
        {
            Assert.NotNull(t.Attribute("stroke-dasharray"));
            Assert.Equal("#ffffff", (string?)t.Attribute("fill"));
        });
        Assert.All(WithClasses(root, "actual", "bar"), a =>
        {
            Assert.Null(a.Attribute("stroke-dasharray"));
            Assert.NotEqual("#ffffff", (string?)a.Attribute("fill"));
        });
        // 10.8 vs 14.5: the outline is inset by its stroke, so compare the outer boxes.
        decimal Outer(XElement t) => Num(t, "height") + 1.5m;
        Assert.Equal(10.8 / 14.5, (double)(Outer(targets[0]) / Outer(targets[1])), 2);
        Assert.Equal(Num(targets[1], "height"), Num(targets[4], "height"));
    }

    [Fact]
    public void Numeric_indicator_labels_every_fiscal_year_of_the_period_and_has_a_legend()
    {
        var root = Render(Rpa());

        var years = WithClasses(root, "year-label").Select(Visible).ToList();
        Assert.Equal(new[] { "R3", "R4", "R5", "R6", "R7" }, years);
        var legend = WithClasses(root, "legend").Single();
        var labels = legend.Descendants(Svg + "text").Select(Visible).ToList();
        Assert.Contains("目標", labels);
        Assert.Contains("実績", labels);
        Assert.Contains("単位：時間", labels);
        // The legend's swatches repeat the shapes: dashed outline for targets, solid for actuals.
        Assert.NotNull(WithClasses(legend, "swatch", "target").Single().Attribute("stroke-dasharray"));
        Assert.Null(WithClasses(legend, "swatch", "actual").Single().Attribute("stroke-dasharray"));
        // Grades are written out under the years.
        Assert.Equal(new[] { "B", "S" }, WithClasses(root, "grade").Select(Visible));
        Assert.True(WithClasses(root, "grade", "grade-good").Any());
    }

    [Fact]
    public void Axis_starts_at_zero_and_formats_ticks_with_thousands_separators()
    {
        var series = Series("庶務事務に係る処理時間（時間）", "時間", Direction.Increase,
            new[] { "-", "-", "50,000", "100,000", "100,000" }, new[] { "-", "-", "63,210" });
        var root = Render(series);

        var ticks = WithClasses(root, "tick").Select(Visible).ToList();
        Assert.Equal("0", ticks[0]);
        Assert.Contains("100,000", ticks);
        Assert.All(ticks, t => Assert.Matches(@"^-?\d{1,3}(,\d{3})*(\.\d+)?$", t));
        // "-" is a word: written, not drawn.
        Assert.Empty(YearGroup(root, 2021).Elements(Svg + "rect"));
        Assert.Equal(new[] { "-", "-" }, YearGroup(root, 2021).Elements(Svg + "text").Select(Visible));
    }

    [Fact]
    public void Whole_number_indicators_get_no_fractional_ticks()
    {
        var root = Render(Series("導入数（件）", "件", Direction.Increase, new[] { "2", "2" }, new[] { "1" }));
        Assert.Equal(new[] { "0", "1", "2" }, WithClasses(root, "tick").Select(Visible));
    }

    [Fact]
    public void Baseline_with_a_number_is_a_dash_dot_line_labelled_基準値()
    {
        var series = Rpa() with
        {
            Indicator = Rpa().Indicator with { Baseline = new Baseline(null, "R2", Value.FromScalar("3.2")) },
        };
        var root = Render(series);

        var line = WithClasses(root, "baseline-line").Single();
        Assert.Equal("line", line.Name.LocalName);
        Assert.NotNull(line.Attribute("stroke-dasharray"));
        Assert.Equal(Num(line, "y1"), Num(line, "y2"));
        Assert.Contains("基準値 3.2（R2）", VisibleTexts(root));
        Assert.Contains("基準値", WithClasses(root, "legend").Single().Descendants(Svg + "text").Select(Visible));
        // 3.2 sits below 5.7's top: the line is lower on screen than the R3 actual's top.
        var r3 = WithClasses(YearGroup(root, 2021), "actual", "bar").Single();
        Assert.True(Num(line, "y1") > Num(r3, "y"));
    }

    [Fact]
    public void A_true_zero_is_a_mark_on_the_zero_line_not_an_invisible_bar()
    {
        var root = Render(Series("件数（件）", "件", Direction.Increase, new[] { "175", "350" }, new[] { "0", "200" }));

        var zero = WithClasses(YearGroup(root, 2021), "actual", "bar-zero").Single();
        Assert.Equal("line", zero.Name.LocalName);
        Assert.Contains("0", YearGroup(root, 2021).Elements(Svg + "text").Select(Visible));
        Assert.All(root.Descendants(Svg + "rect"), r => Assert.True(Num(r, "height") > 0));
    }

    // ---- direction -----------------------------------------------------------------------------

    [Fact]
    public void Lower_is_better_says_小さいほど良い_in_legend_and_summary()
    {
        var series = Series("1件当たりの訪問記録作成に要する平均時間の短縮（時間）", "時間", Direction.Decrease,
            new[] { "10", "10", "10", "10", "10" }, new[] { "-", "13.8" }, new Grade?[] { B, S });
        var root = Render(series);

        var legend = WithClasses(root, "legend").Single().Descendants(Svg + "text").Select(Visible).ToList();
        Assert.Contains("小さいほど良い", legend);
        Assert.DoesNotContain(legend, t => t.Contains("大きいほど"));
        string desc = root.Element(Svg + "desc")!.Value;
        Assert.Contains("小さいほど良い", desc);
        Assert.Equal(desc, ChartSummary.Describe(series));
    }

    [Fact]
    public void Maintain_says_維持()
    {
        var series = Series("収納率（％）", "％", Direction.Maintain, new[] { "98", "98" }, new[] { "98.2" });
        var root = Render(series);

        Assert.Contains(WithClasses(root, "legend").Single().Descendants(Svg + "text").Select(Visible), t => t.Contains("維持"));
        Assert.Contains("維持", ChartSummary.Describe(series));
        Assert.Null(ChartSummary.DirectionNote(Direction.Increase));
    }

    // ---- words, missing years, mixtures ---------------------------------------------------------

    [Fact]
    public void Word_valued_indicator_is_a_status_timeline_with_the_words_as_text_and_no_bars()
    {
        var series = Series("入力業務正確性向上", null, Direction.Qualitative,
            new[] { "実現", "実現", "実現", "実現", "実現" }, new[] { "実現", "一部実現" }, new Grade?[] { A, A });
        var root = Render(series);

        Assert.Contains("timeline", ((string)root.Attribute("class")!).Split(' '));
        Assert.Empty(WithClasses(root, "bar"));
        Assert.All(root.Descendants(Svg + "rect"), r => Assert.True(Num(r, "height") > 0));
        Assert.Equal(5, WithClasses(root, "word", "target").Count());
        var actualWords = WithClasses(root, "word", "actual").Select(Visible).ToList();
        Assert.Equal(new[] { "実現", "一部実現" }, actualWords);
        // Without colour: target cells dashed, actual cells solid.
        Assert.All(WithClasses(root, "cell-box", "target"), r => Assert.NotNull(r.Attribute("stroke-dasharray")));
        Assert.All(WithClasses(root, "cell-box", "actual"), r => Assert.Null(r.Attribute("stroke-dasharray")));
        // Years without an actual have no actual cell.
        Assert.Empty(WithClasses(YearGroup(root, 2023), "actual"));
        // Legend: the row labels.
        var legend = WithClasses(root, "legend").Single().Descendants(Svg + "text").Select(Visible).ToList();
        Assert.Contains("目標", legend);
        Assert.Contains("実績", legend);
    }

    [Fact]
    public void Only_words_with_default_direction_is_also_a_timeline()
    {
        var series = Series("モバイル端末環境の構築", null, Direction.Increase,
            new[] { "-", "-", "一部実現", "実現", "実現" }, new[] { "-", "-" });
        var root = Render(series);

        Assert.Contains("timeline", ((string)root.Attribute("class")!).Split(' '));
        Assert.Equal(new[] { "-", "-", "一部実現", "実現", "実現" }, WithClasses(root, "word", "target").Select(Visible));
        Assert.DoesNotContain(root.Descendants(Svg + "text").Select(Visible), t => t == "0");
    }

    [Fact]
    public void Missing_years_are_left_empty()
    {
        var series = Series("件数（件）", "件", Direction.Increase,
            new[] { "10", "20", "30", null, "50" }, new[] { "12", null, "25" });
        var root = Render(series);

        Assert.Empty(WithClasses(YearGroup(root, 2022), "actual"));
        Assert.Empty(YearGroup(root, 2024).Elements());
        Assert.DoesNotContain(YearGroup(root, 2025).Elements(), e => HasClass(e, "actual"));
        Assert.Equal(2, WithClasses(root, "actual", "bar").Count());
        Assert.Equal(4, WithClasses(root, "target", "bar").Count());
        // Still one label per fiscal year of the period.
        Assert.Equal(5, WithClasses(root, "year-label").Count());
    }

    [Fact]
    public void Mixed_numeric_and_word_targets_draw_numbers_and_write_words()
    {
        var series = Series("システム導入（件）", "件", Direction.Increase,
            new[] { "2", "2", "実現", "実現", "実現" }, new[] { "1", "2", "一部実現" });
        var root = Render(series);

        Assert.Equal(2, WithClasses(root, "target", "bar").Count());
        foreach (int year in new[] { 2023, 2024, 2025 })
        {
            var group = YearGroup(root, year);
            Assert.Empty(group.Descendants(Svg + "rect"));
            Assert.Empty(group.Descendants(Svg + "line"));
            Assert.Equal("実現", Visible(WithClasses(group, "word", "target").Single()));
        }
        Assert.Equal("一部実現", Visible(WithClasses(YearGroup(root, 2023), "word", "actual").Single()));
        Assert.All(root.Descendants(Svg + "rect"), r => Assert.True(Num(r, "height") > 0));
        Assert.Contains("目標「実現」", ChartSummary.Describe(series));
    }

    [Fact]
    public void Numbers_in_another_unit_are_written_not_mixed_into_the_scale()
    {
        var indicator = new Indicator { Id = "i", Name = "予算", MeasureId = "m", Unit = "千円" };
        var years = Period.Years.Select((fy, i) => new IndicatorYear(fy,
            i == 0 ? Value.OfNumber(700_000, "700,000千円") : i == 1 ? Value.OfNumber(7, "7億円", unit: "億円") : null,
            null, null, null)).ToArray();
        var root = Render(new IndicatorSeries(indicator, Period, years));

        Assert.Single(WithClasses(root, "target", "bar"));
        Assert.Empty(YearGroup(root, 2022).Descendants(Svg + "rect"));
        Assert.Contains("7億円", Visible(WithClasses(YearGroup(root, 2022), "word", "target").Single()));
    }

    [Fact]
    public void Neither_targets_nor_actuals_renders_a_small_svg_saying_データなし()
    {
        var series = Series("遠隔臨場実施工事件数", null, Direction.Increase, Array.Empty<string?>(), Array.Empty<string?>());
        string svg = IndicatorChart.Render(series, new ChartOptions { IdPrefix = "empty" });
        var root = XDocument.Parse(svg).Root!;

        Assert.Contains("no-data", ((string)root.Attribute("class")!).Split(' '));
        Assert.Equal("img", (string?)root.Attribute("role"));
        Assert.Contains("データなし", VisibleTexts(root));
        Assert.Equal("遠隔臨場実施工事件数の目標と実績", root.Element(Svg + "title")!.Value);
        Assert.Contains("記載なし", root.Element(Svg + "desc")!.Value);
    }

    // ---- accessibility, safety, determinism ---------------------------------------------------

    public static TheoryData<string> AllShapes() => new() { "numeric", "words", "empty" };

    private static IndicatorSeries Shape(string shape) => shape switch
    {
        "numeric" => Rpa(),
        "words" => Series("入力業務正確性向上", null, Direction.Qualitative, new[] { "実現" }, new[] { "実現" }),
        _ => Series("なし", null, Direction.Increase, Array.Empty<string?>(), Array.Empty<string?>()),
    };

    [Theory]
    [MemberData(nameof(AllShapes))]
    public void Root_is_a_standalone_accessible_image_with_title_and_desc_first(string shape)
    {
        foreach (bool compact in new[] { false, true })
        {
            var root = Render(Shape(shape), "chart-51-1-1-02", compact);

            Assert.Equal(Svg + "svg", root.Name);
            Assert.Equal("http://www.w3.org/2000/svg", (string?)root.Attribute("xmlns"));
            Assert.Matches(@"^0 0 \d+(\.\d+)? \d+(\.\d+)?$", (string)root.Attribute("viewBox")!);
            Assert.Equal("img", (string?)root.Attribute("role"));
            Assert.Equal("chart-51-1-1-02-title chart-51-1-1-02-desc", (string?)root.Attribute("aria-labelledby"));
            var first = root.Elements().Take(2).ToList();
            Assert.Equal(Svg + "title", first[0].Name);
            Assert.Equal("chart-51-1-1-02-title", (string?)first[0].Attribute("id"));
            Assert.Equal(Svg + "desc", first[1].Name);
            Assert.Equal("chart-51-1-1-02-desc", (string?)first[1].Attribute("id"));
            Assert.False(string.IsNullOrWhiteSpace(first[1].Value));

            var ids = root.Descendants().Select(e => (string?)e.Attribute("id")).Where(id => id is not null).ToList();
            Assert.Equal(ids.Count, ids.Distinct().Count());
            Assert.All(ids, id => Assert.StartsWith("chart-51-1-1-02-", id));
        }
    }

    [Theory]
    [MemberData(nameof(AllShapes))]
    public void No_scripts_handlers_external_references_or_styles(string shape)
    {
        var root = Render(Shape(shape));
        var forbidden = new[] { "script", "foreignObject", "image", "use", "style", "a", "iframe" };
        Assert.DoesNotContain(root.DescendantsAndSelf(), e => forbidden.Contains(e.Name.LocalName));
        var attributes = root.DescendantsAndSelf().SelectMany(e => e.Attributes()).ToList();
        Assert.DoesNotContain(attributes, a => a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(attributes, a => a.Name.LocalName is "href" or "style" || a.Value.Contains("url(", StringComparison.Ordinal));
        Assert.Equal("sans-serif", (string?)root.Attribute("font-family"));
        // Every element lives in the SVG namespace.
        Assert.All(root.DescendantsAndSelf(), e => Assert.Equal(Svg, e.Name.Namespace));
    }

    [Fact]
    public void Two_charts_on_one_page_have_distinct_ids()
    {
        var first = Render(Rpa(), "chart-a");
        var second = Render(Rpa(), "chart-b", compact: true);
        var ids = first.Descendants().Concat(second.Descendants())
            .Select(e => (string?)e.Attribute("id")).Where(id => id is not null).ToList();
        Assert.Equal(4, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("x\" onload=\"alert(1)")]
    [InlineData("1st")]
    public void Unsafe_id_prefixes_are_rejected(string prefix)
    {
        Assert.Throws<ArgumentException>(() => IndicatorChart.Render(Rpa(), new ChartOptions { IdPrefix = prefix }));
        Assert.Throws<ArgumentException>(() => GradeDistributionChart.Render(new List<(Grade, int)> { (A, 1) }, "t", prefix));
    }

    [Theory]
    [MemberData(nameof(AllShapes))]
    public void Content_strings_are_escaped(string shape)
    {
        const string evil = "<script>alert(1)</script> & \"q\"";
        var series = Shape(shape);
        var indicator = series.Indicator with { Name = evil, Unit = "<u>&" };
        var years = series.Years.Select((y, i) => i == 4 ? y with { Target = Value.FromScalar(evil), Actual = Value.FromScalar("</text><script>x</script>") } : y).ToArray();
        if (shape == "empty")
            years = series.Years.ToArray();
        string svg = IndicatorChart.Render(series with { Indicator = indicator, Years = years }, new ChartOptions { IdPrefix = "e" });

        Assert.DoesNotContain("<script", svg, StringComparison.OrdinalIgnoreCase);
        var root = XDocument.Parse(svg).Root!;
        Assert.DoesNotContain(root.Descendants(), e => e.Name.LocalName == "script");
        Assert.Equal(evil + "の目標と実績", root.Element(Svg + "title")!.Value);
        Assert.StartsWith(evil, root.Element(Svg + "desc")!.Value);
        if (shape != "empty")
        {
            // Long words are wrapped or set vertically in the chart; the hover text keeps them whole.
            Assert.Contains(YearGroup(root, 2025).Descendants(Svg + "title"), t => t.Value.Contains(evil));
            Assert.Contains(YearGroup(root, 2025).Descendants(Svg + "title"), t => t.Value.Contains("</text><script>x</script>"));
        }
    }

    [Theory]
    [MemberData(nameof(AllShapes))]
    public void Markup_characters_from_content_are_written_as_entities(string shape)
    {
        // The exact bytes, not only what a parser reads back: the chart writer escapes by itself, no XmlWriter behind it.
        const string markup = "<&\"'>";
        var series = Shape(shape);
        var indicator = series.Indicator with { Name = markup, Unit = markup };
        var years = shape == "empty"
            ? series.Years.ToArray()
            : series.Years.Select((y, i) => i == 2 ? y with { Target = Value.FromScalar(markup) } : y).ToArray();
        foreach (bool compact in new[] { false, true })
        {
            string svg = IndicatorChart.Render(series with { Indicator = indicator, Years = years },
                new ChartOptions { IdPrefix = "e", Compact = compact });

            Assert.DoesNotContain(markup, svg);
            Assert.Contains("<title id=\"e-title\">&lt;&amp;\"'&gt;の目標と実績</title>", svg);
            Assert.Contains("<desc id=\"e-desc\">&lt;&amp;\"'&gt;", svg);
            if (shape != "empty")
                Assert.Contains("目標 &lt;&amp;\"'&gt;</title>", svg); // the word's hover text
            if (shape == "numeric")
                Assert.Contains("単位：&lt;&amp;\"'&gt;</text>", svg);
        }
    }

    [Fact]
    public void Markup_characters_in_a_grade_key_are_escaped_in_its_attribute()
    {
        var grade = new Grade("<&\"'>", "良<い>", GradeTone.Good, null);
        string svg = GradeDistributionChart.Render(new List<(Grade, int)> { (grade, 1) }, "分布 & \"割合\"", "g");
        Assert.Contains("data-grade=\"&lt;&amp;&quot;'&gt;\"", svg);
        Assert.Contains("<title id=\"g-title\">分布 &amp; \"割合\"</title>", svg);
        Assert.Equal("<&\"'>", (string?)XDocument.Parse(svg).Root!.Descendants(Svg + "g")
            .Single(g => g.Attribute("data-grade") is not null).Attribute("data-grade"));
    }

    [Fact]
    public void Control_characters_from_content_do_not_break_the_xml()
    {
        var series = Rpa() with { Indicator = Rpa().Indicator with { Name = "名前\u0001\u0008" } };
        var root = Render(series);
        Assert.Equal("名前の目標と実績", root.Element(Svg + "title")!.Value);
    }

    [Theory]
    [MemberData(nameof(AllShapes))]
    public void Output_is_byte_identical_across_runs_and_cultures(string shape)
    {
        var options = new ChartOptions { IdPrefix = "d" };
        string first = IndicatorChart.Render(Shape(shape), options);
        var saved = CultureInfo.CurrentCulture;
        try
        {
            foreach (var culture in new[] { "de-DE", "fr-FR", "ja-JP", "ar-SA", "" })
            {
                CultureInfo.CurrentCulture = new CultureInfo(culture);
                Assert.Equal(first, IndicatorChart.Render(Shape(shape), options));
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
        Assert.DoesNotContain(XDocument.Parse(first).Root!.DescendantsAndSelf().SelectMany(e => e.Attributes()),
            a => a.Name.LocalName is "x" or "y" or "width" or "height" && !System.Text.RegularExpressions.Regex.IsMatch(a.Value, @"^-?\d+(\.\d{1,2})?%?$"));
    }

    [Theory]
    [MemberData(nameof(AllShapes))]
    public void Colours_meet_wcag_contrast_against_white(string shape)
    {
        var root = Render(Shape(shape) with
        {
            Indicator = Shape(shape).Indicator with { Baseline = new Baseline(null, null, Value.FromScalar("3")) },
        });
        foreach (var text in root.Descendants(Svg + "text"))
            Assert.True(Contrast((string)text.Attribute("fill")!) >= 4.5, $"text '{Visible(text)}' fill {text.Attribute("fill")}");
        foreach (var mark in root.Descendants().Where(e => HasClass(e, "bar") || HasClass(e, "swatch") || HasClass(e, "cell-box") || HasClass(e, "baseline-line")))
        {
            string colour = (string?)mark.Attribute("stroke") ?? (string)mark.Attribute("fill")!;
            if (colour == "#ffffff")
                colour = (string)mark.Attribute("stroke")!;
            Assert.True(Contrast(colour) >= 3, $"{mark.Attribute("class")} colour {colour}");
        }
    }

    [Fact]
    public void Compact_chart_has_fewer_labels()
    {
        var full = Render(Rpa());
        var compact = Render(Rpa(), compact: true);

        Assert.NotEmpty(WithClasses(full, "value-label"));
        Assert.Empty(WithClasses(compact, "value-label"));
        Assert.True(WithClasses(compact, "tick").Count() < WithClasses(full, "tick").Count());
        Assert.Empty(WithClasses(compact, "grade"));
        Assert.Equal(2, WithClasses(compact, "actual", "bar").Count());
        Assert.Equal("0 0 320 150", (string?)compact.Attribute("viewBox"));
        Assert.Equal("0 0 480 300", (string?)full.Attribute("viewBox"));
        Assert.Equal("100%", (string?)full.Attribute("width"));
    }

    [Fact]
    public void Series_built_from_a_plan_and_its_reviews_renders()
    {
        var indicator = new Indicator
        {
            Id = "rpa-hours", Name = "RPAによる職員運用業務の削減（時間）", MeasureId = "m1", Unit = "時間",
            Targets = new[] { new KeyValuePair<FiscalYear, Value>(new FiscalYear(2021), Value.FromScalar("10.8")) },
        };
        var plan = new Plan
        {
            Id = "p", Municipality = new Municipality("さいたま市", "埼玉県"), Title = "計画", Period = Period,
            Source = new SourceDocument("計画", null, null, null, null), LevelNames = new[] { "事業" },
            Grades = new GradeScale(new[] { B }),
            Measures = new[] { new Measure { Id = "m1", Code = "1", Title = "事業", Depth = 0, Indicators = new[] { indicator } } },
            Reviews = new[]
            {
                new Review
                {
                    FiscalYear = new FiscalYear(2021),
                    Indicators = new Dictionary<string, IndicatorResult>
                    {
                        ["rpa-hours"] = new("rpa-hours", Value.FromScalar("5.7"), B, null),
                    },
                },
            },
        };
        var root = Render(IndicatorSeries.For(plan, indicator));

        Assert.Single(WithClasses(YearGroup(root, 2021), "actual", "bar"));
        Assert.Single(WithClasses(YearGroup(root, 2021), "target", "bar"));
        Assert.Empty(YearGroup(root, 2022).Elements());
    }

    [Fact]
    public void Long_periods_and_long_units_still_render_in_a_compact_chart()
    {
        var period = new FiscalYearRange(new FiscalYear(2010), new FiscalYear(2025));
        var indicator = new Indicator { Id = "i", Name = "長期指標", MeasureId = "m", Unit = new string('単', 60) };
        var years = period.Years.Select((fy, i) => new IndicatorYear(fy, Value.FromScalar("10"),
            i % 3 == 0 ? Value.FromScalar("一部実現") : Value.FromScalar((i + 1).ToString(CultureInfo.InvariantCulture)), null, null)).ToArray();
        var root = XDocument.Parse(IndicatorChart.Render(new IndicatorSeries(indicator, period, years),
            new ChartOptions { IdPrefix = "long", Compact = true })).Root!;

        Assert.Equal(16, root.Descendants(Svg + "g").Count(g => HasClass(g, "year")));
        Assert.Equal(6, WithClasses(root, "word", "actual").Count());
        var unit = Visible(WithClasses(root, "legend-item", "unit").Single());
        Assert.EndsWith("…", unit);
    }

    // ---- summary ------------------------------------------------------------------------------

    [Fact]
    public void Summary_reads_year_by_year_with_units_and_grades()
    {
        Assert.Equal(
            "RPAによる職員運用業務の削減（時間）：令和3年度 目標10.8時間・実績5.7時間（評価B：概ね順調）、" +
            "令和4年度 目標14.5時間・実績18.9時間（評価S：目標を大きく上回る）、令和5年度 目標14.5時間、" +
            "令和6年度 目標14.5時間、令和7年度 目標14.5時間。",
            ChartSummary.Describe(Rpa()));
    }

    [Fact]
    public void Summary_includes_baseline_final_target_and_quotes_words()
    {
        var series = Series("協定締結数（件）", "件", Direction.Increase, new[] { "1,650", "実施" }, new[] { "1,700" }) with { };
        series = series with
        {
            Indicator = series.Indicator with
            {
                Baseline = new Baseline(null, "H27末", Value.FromScalar("1,200")),
                FinalTarget = new FinalTarget("R7末", Value.OfNumber(2000, "2,000") with { Approximate = true, Bound = ValueBound.AtLeast }),
            },
        };
        Assert.Equal(
            "協定締結数（件）：基準値（H27末）1,200件。令和3年度 目標1,650件・実績1,700件、令和4年度 目標「実施」。最終目標（R7末）約2,000件以上。",
            ChartSummary.Describe(series));
    }

    [Fact]
    public void Axis_scale_is_nice_and_includes_zero()
    {
        Assert.Equal(new AxisScale(0, 20, 5), AxisScale.For(new[] { 5.7m, 18.9m, 14.5m, 10.8m }));
        Assert.Equal(new AxisScale(0, 1, 0.25m), AxisScale.For(new[] { 0.2m, 0.9m }, 4));
        Assert.Equal(new AxisScale(-10, 30, 10), AxisScale.For(new[] { -7m, 25m }, 4));
        Assert.Equal(new AxisScale(0, 1, 1), AxisScale.For(Array.Empty<decimal>()));
        Assert.Equal("12,500", AxisScale.FormatTick(12500m));
        Assert.Equal("2.5", AxisScale.FormatTick(2.50m));
    }

    // ---- grade distribution -------------------------------------------------------------------

    [Fact]
    public void Grade_distribution_labels_each_bar_with_key_label_and_count()
    {
        var counts = new List<(Grade, int)> { (S, 3), (A, 12), (B, 5), (C, 0) };
        string svg = GradeDistributionChart.Render(counts, "令和4年度の事業の評価の分布", "grades", ungraded: 2);
        var root = XDocument.Parse(svg).Root!;

        Assert.Equal("img", (string?)root.Attribute("role"));
        Assert.Equal("grades-title grades-desc", (string?)root.Attribute("aria-labelledby"));
        Assert.Equal("令和4年度の事業の評価の分布", root.Element(Svg + "title")!.Value);
        Assert.Equal("令和4年度の事業の評価の分布：S（目標を大きく上回る）3件、A（順調）12件、B（概ね順調）5件、C（遅れ）0件、評価なし2件。合計22件。",
            root.Element(Svg + "desc")!.Value);

        var rows = WithClasses(root, "grade-row").ToList();
        Assert.Equal(5, rows.Count);
        string Label(XElement row) => Visible(WithClasses(row, "grade-label").Single());
        string Count(XElement row) => Visible(WithClasses(row, "count").Single());
        Assert.Equal(new[] { "S（目標を大きく上回る）", "A（順調）", "B（概ね順調）", "C（遅れ）", "評価なし" }, rows.Select(Label));
        Assert.Equal(new[] { "3件（14%）", "12件（55%）", "5件（23%）", "0件（0%）", "2件（9%）" }, rows.Select(Count));
        Assert.True(HasClass(rows[4], "ungraded"));

        // Zero draws no bar; the others are in proportion to their counts.
        Assert.Empty(rows[3].Descendants(Svg + "rect"));
        decimal Width(XElement row) => Num(row.Descendants(Svg + "rect").Single(), "width");
        Assert.Equal(12m / 3m, Width(rows[1]) / Width(rows[0]), 2);
        Assert.True(HasClass(rows[0].Descendants(Svg + "rect").Single(), "grade-good"));
        Assert.True(HasClass(rows[3], "grade-poor"));
        Assert.Contains("合計 22件", VisibleTexts(root));
        foreach (var text in root.Descendants(Svg + "text"))
            Assert.True(Contrast((string)text.Attribute("fill")!) >= 4.5);
        foreach (var bar in WithClasses(root, "bar"))
            Assert.True(Contrast((string)bar.Attribute("fill")!) >= 3);
    }

    [Fact]
    public void Grade_distribution_escapes_and_handles_no_rows()
    {
        var evil = new Grade("<b>", "<script>alert(1)</script> & \"q\"", GradeTone.Fair, null);
        string svg = GradeDistributionChart.Render(new List<(Grade, int)> { (evil, 1) }, "<t>", "g");
        Assert.DoesNotContain("<script", svg, StringComparison.Ordinal);
        var root = XDocument.Parse(svg).Root!;
        Assert.Equal("<b>（<script>alert(1)</script> & \"q\"）", Visible(WithClasses(root, "grade-label").Single()));
        Assert.Equal("<t>", root.Element(Svg + "title")!.Value);

        var empty = XDocument.Parse(GradeDistributionChart.Render(new List<(Grade, int)>(), "分布", "g2")).Root!;
        Assert.Contains("データなし", VisibleTexts(empty));
        Assert.Equal("img", (string?)empty.Attribute("role"));

        Assert.Throws<ArgumentOutOfRangeException>(() =>
            GradeDistributionChart.Render(new List<(Grade, int)> { (A, -1) }, "分布", "g3"));
        Assert.Equal(GradeDistributionChart.Render(new List<(Grade, int)> { (A, 2), (B, 1) }, "分布", "g4"),
            GradeDistributionChart.Render(new List<(Grade, int)> { (A, 2), (B, 1) }, "分布", "g4"));
    }
}
