using System.Text.Json;
using Microsoft.Playwright;
using PlanSite.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace PlanSite.BrowserTests;

/// <summary>The page works with the keyboard alone: Tab reaches everything in order, focus is visible, the skip link works.</summary>
[Collection(PublishedSite.Name)]
public sealed class KeyboardTests(SiteFixture site)
{
    public static TheoryData<string, string> Samples => PageTypes.Samples;

    /// <summary>Marks every focusable control in DOM order and remembers how each looks unfocused.</summary>
    private const string CollectFocusables = """
        () => {
          const describe = el => {
            let s = el.localName;
            if (el.id) s += '#' + el.id;
            const cls = (el.getAttribute('class') || '').trim();
            if (cls) s += '.' + cls.split(/\s+/).join('.');
            const text = (el.textContent || el.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim().slice(0, 50);
            return text ? `${s} "${text}"` : s;
          };
          const selector = 'a[href], area[href], button, input:not([type=hidden]), select, textarea, summary, iframe, object, embed,'
            + ' audio[controls], video[controls], [tabindex], [contenteditable]:not([contenteditable=false])';
          const all = [...document.querySelectorAll(selector)].filter(el => {
            if (el.disabled || el.closest('[inert]')) return false;
            if (el.hasAttribute('tabindex') && el.tabIndex < 0) return false;
            const cs = getComputedStyle(el);
            return cs.display !== 'none' && cs.visibility !== 'hidden' && el.getClientRects().length > 0;
          });
          const look = el => { const cs = getComputedStyle(el); return `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor} | ${cs.boxShadow}`; };
          window.__focusables = all;
          window.__unfocused = all.map(look);
          return {
            items: all.map(describe),
            positive: all.filter(el => el.tabIndex > 0).map(describe),
          };
        }
        """;

    /// <summary>Where the focus is now, and whether it can be seen.</summary>
    private const string InspectFocus = """
        () => {
          const el = document.activeElement;
          const index = window.__focusables.indexOf(el);
          const cs = getComputedStyle(el);
          const look = `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor} | ${cs.boxShadow}`;
          const transparent = c => /rgba\([^)]*,\s*0\)$/.test(c) || c === 'transparent';
          const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 1 && !transparent(cs.outlineColor);
          const shadow = cs.boxShadow !== 'none';
          const r = el.getBoundingClientRect();
          const onScreen = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
          return {
            index,
            what: el === document.body ? 'body' : el.localName + (el.id ? '#' + el.id : '') + ' "' + (el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 50) + '"',
            indicator: (outline || shadow) && index >= 0 && look !== window.__unfocused[index],
            look, unfocused: index >= 0 ? window.__unfocused[index] : '',
            onScreen,
          };
        }
        """;

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Tab_reaches_every_link_and_control_in_DOM_order_with_a_visible_focus_indicator(string kind, string path)
    {
        await using var context = await site.NewContextAsync();
        var page = await site.OpenAsync(context, path);
        var focusables = await page.EvaluateAsync<JsonElement>(CollectFocusables);
        var items = focusables.GetProperty("items").EnumerateArray().Select(e => e.GetString()!).ToArray();
        var positive = focusables.GetProperty("positive").EnumerateArray().Select(e => e.GetString()!).ToArray();
        Assert.True(positive.Length == 0, $"{kind}: tabindex > 0 breaks the reading order: {string.Join(", ", positive)}");
        Assert.True(items.Length > 0, $"{kind}: nothing on the page can take focus.");

        var problems = new List<string>();
        for (int i = 0; i < items.Length && problems.Count < 10; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<JsonElement>(InspectFocus);
            int index = focus.GetProperty("index").GetInt32();
            string what = focus.GetProperty("what").GetString()!;
            if (index != i)
            {
                problems.Add($"Tab #{i + 1} should focus [{i}] {items[i]} but focused " +
                             (index >= 0 ? $"[{index}] {items[index]}" : $"{what} (not in the list of focusable elements)"));
                break;
            }
            if (!focus.GetProperty("indicator").GetBoolean())
                problems.Add($"[{i}] {items[i]}: no visible focus indicator (focused: {focus.GetProperty("look").GetString()}; unfocused: {focus.GetProperty("unfocused").GetString()})");
            if (!focus.GetProperty("onScreen").GetBoolean())
                problems.Add($"[{i}] {items[i]}: focused but not on screen");
        }
        Assert.True(problems.Count == 0,
            $"Keyboard walk on the {kind} page /{path} ({items.Length} focusable elements):\n" + string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task The_first_Tab_shows_a_skip_link_that_moves_to_the_main_content(string kind, string path)
    {
        await using var context = await site.NewContextAsync(width: 390, height: 700);
        var page = await site.OpenAsync(context, path);
        await page.Keyboard.PressAsync("Tab");
        var skip = page.Locator(":focus");
        await Expect(skip).ToHaveTextAsync("本文へ移動");
        await Expect(skip).ToHaveAttributeAsync("href", "#main");
        await Expect(skip).ToBeInViewportAsync(new() { Ratio = 1 });

        await page.Keyboard.PressAsync("Enter");
        // A regex, not a string: the string form did not match percent-encoded paths (department pages) even when identical.
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("^" + System.Text.RegularExpressions.Regex.Escape(site.Url(path) + "#main") + "$"));
        var main = page.Locator("main#main");
        await Expect(main).ToHaveCountAsync(1);
        await Expect(main).ToBeInViewportAsync();

        // The next Tab continues from the main content, not from the top of the page.
        string? firstInMain = await page.EvaluateAsync<string?>("""
            () => {
              const el = document.querySelector('main').querySelector('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])');
              return el ? el.outerHTML.slice(0, 120) : null;
            }
            """);
        Assert.False(string.IsNullOrEmpty(kind));
        if (firstInMain is null) return;
        await page.Keyboard.PressAsync("Tab");
        bool inMain = await page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)");
        string focused = await page.EvaluateAsync<string>("() => document.activeElement.outerHTML.slice(0, 120)");
        Assert.True(inMain && focused == firstInMain,
            $"After the skip link, Tab should reach the first control in main ({firstInMain}) but reached {focused}.");
    }
}
