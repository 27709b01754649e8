using PlanSite.Model;

namespace PlanSite.Importers.TokorozawaEvaluation;

/// <summary>Reads one sheet's fields from the seed lines its curation entry names.</summary>
public sealed class SheetReader
{
    /// <summary>What pages show instead of a figure the source does not pin down.</summary>
    public const string Undeterminable = "原資料から特定できません";

    private readonly SeedText _seed;
    private readonly IReadOnlyDictionary<string, GradeSpec> _gradesByPrinted;

    public SheetReader(SeedText seed, IEnumerable<GradeSpec> grades)
    {
        _seed = seed;
        _gradesByPrinted = grades.ToDictionary(g => g.Printed);
    }

    public Sheet Read(SheetSpec spec)
    {
        string Where(string field) => $"sheet {spec.Id}: {field}";
        string Text(List<string> pieces, string field) => _seed.Text(pieces, Where(field)).Text;
        (string Text, int Line) One(string piece, string field) => _seed.Piece(piece, Where(field));

        var name = _seed.Text(spec.Name, Where("name"));
        var evaluator = One(spec.Evaluator, "evaluator");
        if (_seed.Line(evaluator.Line - 2).Trim() != "評価者")
            throw new InvalidDataException($"{_seed.FileName}:{evaluator.Line}: sheet {spec.Id}: evaluator 「{evaluator.Text}」 does not follow a 評価者 label");
        var workType = WorkType(evaluator.Line, spec.Id);
        var grade = One(spec.Grade, "grade");
        if (!_gradesByPrinted.ContainsKey(grade.Text) || _seed.Line(grade.Line).Trim() != grade.Text)
            throw new InvalidDataException($"{_seed.FileName}:{grade.Line}: sheet {spec.Id}: 「{_seed.Line(grade.Line)}」 is not a grade letter standing alone on its line");

        string? rank = null, rankNote = null;
        if (SeedText.IsUndetermined(spec.Rank)) rankNote = SeedText.UndeterminedReason(spec.Rank);
        else rank = One(spec.Rank, "rank").Text;

        var (status, metLine, shortfall) = ReadStatus(spec, Where);
        var staffLines = new List<int>();
        return new Sheet
        {
            Id = spec.Id,
            Page = spec.Page,
            Name = name.Text,
            NameLine = name.Line,
            Department = Text(spec.Department, "department"),
            Account = Text(spec.Account, "account"),
            Evaluator = evaluator.Text,
            EvaluatorLine = evaluator.Line,
            WorkType = workType,
            GradePrinted = grade.Text,
            GradeLine = grade.Line,
            Rank = rank,
            RankNote = rankNote,
            Period = SeedText.IsUndetermined(spec.Period) ? null : One(spec.Period, "period").Text,
            PeriodNote = SeedText.IsUndetermined(spec.Period) ? SeedText.UndeterminedReason(spec.Period) : null,
            LegalBasis = spec.LegalBasis is [var only] && SeedText.IsUndetermined(only) ? null : _seed.Items(spec.LegalBasis, Where("legal_basis")).Text,
            LegalBasisNote = spec.LegalBasis is [var one] && SeedText.IsUndetermined(one) ? SeedText.UndeterminedReason(one) : null,
            Purpose = Text(spec.Purpose, "purpose"),
            H30 = ReadCost(spec.H30, "h30", null, Where, staffLines),
            R1 = ReadCost(spec.R1, "r1", "決算額（見込み）", Where, staffLines),
            StaffLines = staffLines,
            Activities = spec.Activities.Select((a, i) =>
            {
                var activityName = _seed.Text(a.Name, Where($"activities[{i}].name"));
                var result = a.Result.Count == 0 ? null : ValueText.Parse(_seed.Items(a.Result, Where($"activities[{i}].result")).Text);
                return (activityName.Line, new ActivityResult(ValueText.StripSlot(activityName.Text), result));
            }).ToArray(),
            EmptyActivityNote = spec.EmptyActivityNote,
            Indicator = ReadIndicator(spec.Indicator, Where),
            TargetStatus = status,
            MetLine = metLine,
            Shortfall = shortfall,
            Reason = Text(spec.Reason, "reason"),
            Improved = spec.Improved.Count == 0 ? null : Text(spec.Improved, "improved"),
            Issues = spec.Issues.Count == 0 ? null : Text(spec.Issues, "issues"),
            SdgHow = Text(spec.Sdg, "sdg"),
            SdgGoals = spec.SdgGoals.Select((g, i) => SdgLabels.Goal(_seed, g.Label, Kind(g.Kind, Where($"sdg_goals[{i}].kind")), Where($"sdg_goals[{i}]"))).ToArray(),
            Decisions = spec.Decisions,
        };
    }

    /// <summary>The boxes follow the printed labels' order (自治事務 法定受託事務 法定受託＋附加, L288); each
    /// sheet's box line stands in the evaluator cluster, above its 評価者.</summary>
    private static readonly string[] WorkTypes = ["自治事務", "法定受託事務", "法定受託＋附加"];

    private string WorkType(int evaluatorLine, string sheetId)
    {
        // Stray labels can sit inside the cluster (L16), so look back for the nearest box line.
        for (int line = evaluatorLine - 1; line >= Math.Max(1, evaluatorLine - 10); line--)
        {
            var marks = _seed.Line(line).Trim().Split(' ');
            if (marks.Length != 3 || marks.Any(m => m is not ("■" or "□")))
                continue;
            if (marks.Count(m => m == "■") != 1)
                throw new InvalidDataException($"{_seed.FileName}:{line}: sheet {sheetId}: expected one ■ among the 事業の種別 boxes, found 「{_seed.Line(line).Trim()}」");
            return WorkTypes[Array.IndexOf(marks, "■")];
        }
        throw new InvalidDataException($"{_seed.FileName}:{evaluatorLine}: sheet {sheetId}: no 事業の種別 check boxes (■ □ □) above the evaluator");
    }

    private (TargetStatus, int?, string?) ReadStatus(SheetSpec spec, Func<string, string> where)
    {
        if (spec.Met is null && spec.Shortfall.Count == 0)
            throw new InvalidDataException($"{where("met/shortfall")}: give met (目標達成済) or shortfall (the printed reason), or both when the sheet prints both");
        // A met sheet may still print an explanation in the same cell (the count could not be confirmed …).
        string? text = spec.Shortfall.Count == 0 ? null : _seed.Text(spec.Shortfall, where("shortfall")).Text;
        if (spec.Met is not null)
        {
            var met = _seed.Piece(spec.Met, where("met"));
            if (met.Text != "目標達成済")
                throw new InvalidDataException($"{_seed.FileName}:{met.Line}: {where("met")}: expected 目標達成済, found 「{met.Text}」");
            return (new TargetStatus(TargetState.Met, met.Text), met.Line, text);
        }
        return (new TargetStatus(spec.NoTarget ? TargetState.NoTarget : TargetState.NotMet, null), null, text);
    }

    private static SdgKind Kind(string kind, string where) => kind switch
    {
        "project" => SdgKind.Project,
        "method" => SdgKind.Method,
        _ => throw new InvalidDataException($"{where}: '{kind}' is not project (事業自体が貢献する項目) or method (実施手法等の工夫により貢献できた項目)"),
    };

    /// <summary>The printed names of the その他職員 categories (L45-46 「非常勤」「特別職」, L50 「臨時職員」).</summary>
    public const string Temporary = "臨時職員", PartTime = "非常勤特別職";

    /// <summary>The "blank" curation value: the sheet prints the category and no figure.</summary>
    public const string Blank = "blank";

    private YearCost ReadCost(CostSpec spec, string year, string? settlementLabel, Func<string, string> where, List<int> staffLines)
    {
        var undetermined = new List<string>();
        var notes = new List<string>();
        Value? Read(string piece, string key)
        {
            if (SeedText.IsUndetermined(piece))
            {
                undetermined.Add(key);
                notes.Add(SeedText.UndeterminedReason(piece));
                return null;
            }
            if (string.IsNullOrWhiteSpace(piece))
                throw new InvalidDataException($"{where($"{year}.{key}")}: no source given; write a piece or '? reason'");
            var read = _seed.Piece(piece, where($"{year}.{key}"));
            if (key == "staff_fte") staffLines.Add(read.Line);
            return ValueText.Parse(read.Text);
        }
        OtherStaff Other(string piece, string kind, string key)
        {
            if (SeedText.IsUndetermined(piece))
                return new OtherStaff(kind, null, SeedText.UndeterminedReason(piece));
            if (piece.Trim() == Blank)
                return new OtherStaff(kind, null);
            if (string.IsNullOrWhiteSpace(piece))
                throw new InvalidDataException($"{where($"{year}.{key}")}: no source given; write a piece, 'blank' or '? reason'");
            var read = _seed.Piece(piece, where($"{year}.{key}"));
            if (!SdgLabels.IsFte(read.Text))
                throw new InvalidDataException($"{_seed.FileName}:{read.Line}: {where($"{year}.{key}")}: 「{read.Text}」 is not a staff figure (n.nn 人)");
            staffLines.Add(read.Line);
            return new OtherStaff(kind, ValueText.Parse(read.Text));
        }
        return new YearCost
        {
            Unit = "千円",
            Budget = Read(spec.Budget, "budget"),
            Settlement = Read(spec.Settlement, "settlement"),
            SettlementLabel = settlementLabel,
            StaffFte = Read(spec.Staff, "staff_fte"),
            PersonnelCost = Read(spec.PersonnelCost, "personnel_cost"),
            Undetermined = undetermined,
            Note = notes.Count == 0 ? null : string.Join(" ", notes.Distinct()),
            OtherStaff = [Other(spec.Temporary, Temporary, "temporary"), Other(spec.PartTime, PartTime, "part_time")],
        };
    }

    private SheetIndicator ReadIndicator(IndicatorSpec spec, Func<string, string> where)
    {
        var notes = new List<string>();
        var undetermined = new List<(int, string)>();
        Value? Slot(string? piece, string label)
        {
            if (piece is null) return null;
            if (SeedText.IsUndetermined(piece))
            {
                notes.Add($"{label}：{Undeterminable}。{SeedText.UndeterminedReason(piece)}");
                undetermined.Add((label.StartsWith("H30", StringComparison.Ordinal) ? 2018 : label.StartsWith("R1", StringComparison.Ordinal) ? 2019 : 2020,
                    label.EndsWith("実績", StringComparison.Ordinal) ? "実績" : "目標"));
                return null;
            }
            return ValueText.Parse(_seed.Piece(piece, where($"indicator.{label}")).Text);
        }
        var name = _seed.Text(spec.Name, where("indicator.name"));
        var direction = spec.Direction is null ? Direction.Increase
            : Enum.TryParse<Direction>(spec.Direction, ignoreCase: true, out var d) ? d
            : throw new InvalidDataException($"{where("indicator.direction")}: '{spec.Direction}' is not increase, decrease, maintain or qualitative");
        return new SheetIndicator(
            name.Text, name.Line, _seed.Text(spec.Basis, where("indicator.basis")).Text, spec.Unit, direction,
            Slot(spec.H30Target, "H30目標"), Slot(spec.H30Actual, "H30実績"),
            Slot(spec.R1Target, "R1目標"), Slot(spec.R1Actual, "R1実績"), Slot(spec.R2Target, "R2目標"),
            notes) { Undetermined = undetermined };
    }
}
