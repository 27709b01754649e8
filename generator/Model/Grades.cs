namespace PlanSite.Model;

/// <summary>How a grade reads at a glance. Colour follows the tone, but the label always carries the meaning.</summary>
public enum GradeTone { Good, Fair, Poor, None }

public sealed record Grade(string Key, string Label, GradeTone Tone, string? Description);

/// <summary>The grade scale a plan defines, in the order the plan lists it (best first).</summary>
public sealed record GradeScale(IReadOnlyList<Grade> Grades)
{
    public static readonly GradeScale Empty = new(Array.Empty<Grade>());

    public Grade? Find(string key) => Grades.FirstOrDefault(g => g.Key == key);
}
