using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using Scriban;
using Scriban.Parsing;
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
    /// <summary>The renamer the templates' contexts use too (Scriban's default), so names agree.</summary>
    public static MemberRenamerDelegate Renamer => StandardMemberRenamer.Default;

    public static ScriptObject Of(object view)
    {
        var members = ViewMembers.Of(view.GetType());
        var globals = new ScriptObject(members.Count);
        foreach (var member in members)
            globals.SetValue(member.Name, member.Get(view), readOnly: false);
        return globals;
    }
}

/// <summary>A view type's public properties under their template names, each read through a delegate bound once to its getter.</summary>
internal static class ViewMembers
{
    public sealed record Member(string Name, Func<object, object?> Get);

    private static readonly ConcurrentDictionary<Type, IReadOnlyList<Member>> ByType = new();

    public static IReadOnlyList<Member> Of(Type type) => ByType.GetOrAdd(type, MembersOf);

    // Our view records are found by reflection at run time (view.GetType()); a Native AOT publish keeps
    // every type of this assembly whole (TrimmerRootAssembly in PlanSite.csproj).
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "This assembly is rooted.")]
    private static Member[] MembersOf(Type type) =>
        type.GetProperties(BindingFlags.Instance | BindingFlags.Public)
            .Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0
                        && p.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is null)
            .Select(p => new Member(ViewGlobals.Renamer(p) is { Length: > 0 } name ? name : p.Name, Getter(type, p)))
            .ToArray();

    /// <summary>
    /// The getter generated at compile time for the records of this assembly (GeneratedViewGetters,
    /// from sourcegen/): a read is a call, not a reflection invoke, in the JIT and the Native AOT
    /// build alike (PropertyInfo.GetValue was most of Scriban's member access on our records). Any
    /// other type gets a typed delegate bound by reflection, or under Native AOT, which cannot make
    /// generic code at run time, the getter invoked through reflection.
    /// </summary>
    private static Func<object, object?> Getter(Type type, PropertyInfo property)
    {
        if (GeneratedViewGetters.ByType.TryGetValue(type, out var generated) && generated.TryGetValue(property.Name, out var get))
            return get;
        if (!RuntimeFeature.IsDynamicCodeSupported || type.IsValueType || property.PropertyType.IsByRefLike)
            return property.GetValue;
        return (Func<object, object?>)typeof(ViewMembers).GetMethod(nameof(TypedGetter), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(type, property.PropertyType).Invoke(null, [property.GetMethod!])!;
    }

    private static Func<object, object?> TypedGetter<T, TValue>(MethodInfo getter) where T : class
    {
        var get = getter.CreateDelegate<Func<T, TValue>>();
        return target => get((T)target);
    }
}

/// <summary>
/// Scriban's member access for our view records (what <c>page.title</c> or <c>row.grade</c> reads):
/// the same members under the same names as its reflection-based TypedObjectAccessor, read through
/// <see cref="ViewMembers"/>' bound getters. Only for read-only records of this assembly with no
/// base class, fields or indexers, where the two agree member for member; anything else gets
/// Scriban's own accessor.
/// </summary>
internal sealed class ViewAccessor : IObjectAccessor
{
    private static readonly ConcurrentDictionary<Type, ViewAccessor?> ByType = new();

    private readonly Dictionary<string, Func<object, object?>> _members = new();

    private ViewAccessor(Type type)
    {
        foreach (var member in ViewMembers.Of(type))
            _members.TryAdd(member.Name, member.Get);
    }

    public static ViewAccessor? For(Type type) => ByType.GetOrAdd(type, t => Eligible(t) ? new ViewAccessor(t) : null);

    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "This assembly is rooted.")]
    private static bool Eligible(Type type) =>
        type.Assembly == typeof(ViewAccessor).Assembly && type.IsClass && type.BaseType == typeof(object)
        && !typeof(System.Collections.IEnumerable).IsAssignableFrom(type) && !typeof(IScriptObject).IsAssignableFrom(type)
        && !typeof(Scriban.Runtime.IScriptCustomFunction).IsAssignableFrom(type) && !typeof(Delegate).IsAssignableFrom(type)
        && type.GetFields(BindingFlags.Instance | BindingFlags.Public).Length == 0
        && type.GetProperties(BindingFlags.Instance | BindingFlags.Public)
            .All(p => p.GetIndexParameters().Length == 0 && !p.PropertyType.IsByRefLike && (p.SetMethod is not { IsPublic: true } setter || IsInitOnly(setter)));

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => _members.Count;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => _members.Keys;

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => _members.ContainsKey(member);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (_members.TryGetValue(member, out var get))
        {
            value = get(target);
            return true;
        }
        value = null;
        return false;
    }

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        value = null;
        return false;
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;

    public bool HasIndexer => false;

    public Type? IndexType => null;
}
