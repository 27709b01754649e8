using System.Collections.Concurrent;
using System.Reflection;
using Scriban.Runtime;

namespace PlanSite.Rendering.Templates;

/// <summary>
/// A page's view model as a template's globals: its public properties under their snake_case names,
/// as Scriban's <c>ScriptObject.Import</c> would put them, but with the properties looked up once
/// per view type. Import reflects over the type on every call (properties, custom attributes); at
/// 30,000 pages the runtime kept re-creating the reflection invokers it dropped under memory
/// pressure, and finalising those dynamic methods took a fifth of the build's CPU time.
/// </summary>
internal static class ViewGlobals
{
    private sealed record Member(string Name, PropertyInfo Property);

    private static readonly ConcurrentDictionary<Type, Member[]> MembersByType = new();

    /// <summary>The renamer the templates' contexts use too (Scriban's default), so names agree.</summary>
    public static MemberRenamerDelegate Renamer => StandardMemberRenamer.Default;

    public static ScriptObject Of(object view)
    {
        var members = MembersByType.GetOrAdd(view.GetType(), MembersOf);
        var globals = new ScriptObject(members.Length);
        foreach (var member in members)
            globals.SetValue(member.Name, member.Property.GetValue(view), readOnly: false);
        return globals;
    }

    private static Member[] MembersOf(Type type) =>
        type.GetProperties(BindingFlags.Instance | BindingFlags.Public)
            .Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0
                        && p.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is null)
            .Select(p => new Member(Renamer(p) is { Length: > 0 } name ? name : p.Name, p))
            .ToArray();
}
