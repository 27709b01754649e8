namespace PlanSite.Tests.Support;

/// <summary>A throwaway content folder written file by file, deleted after the test.</summary>
public sealed class TempContent : IDisposable
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "plansite-test-" + Guid.NewGuid().ToString("N"));

    public string ContentDir => Path.Combine(Root, "content");

    public TempContent() => Directory.CreateDirectory(ContentDir);

    public TempContent With(string relativePath, string text)
    {
        string path = Path.Combine(ContentDir, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.Replace("\r\n", "\n"));
        return this;
    }

    /// <summary>A small valid plan: 2 levels, 2 indicators, grades S/A/B/-, one review.</summary>
    public TempContent WithValidPlan(string? planYaml = null, string? reviewYaml = null) =>
        With("plans/demo/plan.yaml", planYaml ?? ValidPlan).With("plans/demo/reviews/2021.yaml", reviewYaml ?? ValidReview);

    public const string ValidPlan = """
        id: demo
        municipality: {name: テスト市, prefecture: 埼玉県}
        title: テスト計画
        period: {from: 2021, to: 2025}
        source: {title: テスト資料, file: test.txt}
        levels: [施策, 事業]
        grades:
          - {key: S, label: 大きく上回る, tone: good}
          - {key: A, label: 達成, tone: good}
          - {key: B, label: 未達, tone: poor}
          - {key: "-", label: 評価対象外, tone: none}
        measures:
          - code: "1"
            title: 施策の一
            children:
              - code: 1-1
                title: 事業の一
                owners: [課A]
                indicators:
                  - id: 1-1-1
                    name: 件数（件）
                    unit: 件
                    targets: {2021: 10.8, 2022: "1,650", 2023: 実現, 2024: "-"}
                  - id: 1-1-2
                    name: 散乱数
                    direction: decrease
                    targets: {2021: 7553, 2022: 7000}
        """;

    public const string ValidReview = """
        fiscal_year: 2021
        measures:
          - id: 1-1
            grade: A
            commentary: [{label: 取組内容, text: 実施した}]
        indicators:
          - {id: 1-1-1, actual: 5.7, grade: B}
          - {id: 1-1-2, actual: 7539, grade: A}
        """;

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
