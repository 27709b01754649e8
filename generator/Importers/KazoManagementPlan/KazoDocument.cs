namespace PlanSite.Importers.KazoManagementPlan;

/// <summary>One row of 目標値等: the printed name, ※ note, 【令和元年度：…】 baseline and the five R3–R7 cells.</summary>
public sealed record IndicatorRow(int Line, string Name, string? Unit, string? Note, int? NoteLine, string Baseline, IReadOnlyList<string> Targets);

/// <summary>A 取組項目 card as printed in chapter 3.</summary>
public sealed record ItemCard(
    int Line, int Number, string Title, int? RepeatOf, IReadOnlyList<string> Content,
    IReadOnlyList<IndicatorRow> Indicators, string? Remarks, int? RemarksLine, IReadOnlyList<string> Owners);

/// <summary>取組項目群: ① … with its paragraph and items.</summary>
public sealed record GroupNode(int Line, int Number, string Mark, string Name, IReadOnlyList<string> Description, IReadOnlyList<ItemCard> Items);

/// <summary>施策: （１） … with its paragraph and groups.</summary>
public sealed record PolicyNode(int Line, int Number, string Name, IReadOnlyList<string> Description, IReadOnlyList<GroupNode> Groups);

/// <summary>基本目標, numbered 1–5 across both viewpoints in chapter 3.</summary>
public sealed record GoalNode(int Line, int Number, string Name, IReadOnlyList<PolicyNode> Policies);

/// <summary>視点: ≪協働力の向上≫ / ≪市役所力の向上≫.</summary>
public sealed record ViewpointNode(int Line, string Name, IReadOnlyList<GoalNode> Goals);

/// <summary>What chapter 2 §4 says about a viewpoint and its goals (goals in printed order).</summary>
public sealed record ViewpointText(int Line, int Number, string Name, IReadOnlyList<string> Description, IReadOnlyList<GoalText> Goals);

public sealed record GoalText(int Line, string Name, IReadOnlyList<string> Description);
