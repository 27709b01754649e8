using System.Reflection;
using PlanSite.Rendering.Pages;
using PlanSite.Rendering.Templates;

namespace PlanSite.Tests.Rendering;

/// <summary>
/// The compile-time getters templates read view records through (sourcegen/): one for every public
/// property of every record the generator's code can name, returning what the property returns.
/// </summary>
public sealed class ViewGetterTests
{
    private static bool IsRecordClass(Type type) =>
        type.IsClass && type.GetMethod("<Clone>$") is not null;

    private static bool Reachable(Type type)
    {
        for (var t = type; t is not null; t = t.DeclaringType)
            if (t.IsNestedPrivate || t.IsNestedFamily || t.IsNestedFamANDAssem || (t != type && t.IsGenericType))
                return false;
        return true;
    }

    private static IEnumerable<string> ReadableProperties(Type type) =>
        type.GetProperties(BindingFlags.Instance | BindingFlags.Public)
            .Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
            .Select(p => p.Name)
            .Distinct()
            .Order(StringComparer.Ordinal);

    [Fact]
    public void EveryRecordOfTheGeneratorHasAGetterForEachPublicProperty()
    {
        var records = typeof(Link).Assembly.GetTypes()
            .Where(t => IsRecordClass(t) && !t.IsAbstract && !t.IsGenericType && Reachable(t))
            .ToList();
        Assert.True(records.Count > 100, $"only {records.Count} records found");
        foreach (var type in records)
        {
            Assert.True(GeneratedViewGetters.ByType.TryGetValue(type, out var getters), $"{type.FullName} has no generated getters");
            Assert.Equal(ReadableProperties(type), getters.Keys.Order(StringComparer.Ordinal));
        }
        Assert.Equal(records.Count, GeneratedViewGetters.ByType.Count);
    }

    [Fact]
    public void GettersReturnWhatThePropertiesReturn()
    {
        var views = new object[]
        {
            new Link("令和5年度 評価", "../plans/x/"),
            new ChapterLink("第1章", "chapters/1/", Current: true),
            new DepartmentRow("高齢福祉課", "departments/高齢福祉課/", 12),
            new PlanCard("さいたま市DX推進計画", "plans/saitama-dx-2021-2025/", "令和3～7年度", null, 41, 87, "令和5年度"),
            new RoadmapRow("予算化準備", true, [true, false, true], null),
        };
        foreach (var view in views)
        {
            var getters = GeneratedViewGetters.ByType[view.GetType()];
            foreach (var property in view.GetType().GetProperties(BindingFlags.Instance | BindingFlags.Public))
                Assert.Equal(property.GetValue(view), getters[property.Name](view));
        }
    }
}
