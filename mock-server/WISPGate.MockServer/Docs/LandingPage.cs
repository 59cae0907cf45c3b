using System.Text;
using System.Text.Json.Nodes;

namespace WISPGate.MockServer.Docs;

/// <summary>
/// Page 01 of the seed's design: the API hub. Version framing (auth, environments, headers, rate
/// limits, versioning, pagination, envelope) at the top, the domains as cards, the featured
/// endpoints, the developer journey, then every operation by domain.
/// </summary>
internal static class LandingPage
{
    private static readonly (string Letter, string Tag)[] DomainCards =
    [
        ("S", "Subscribers & CRM"), ("B", "Billing & Payments"), ("N", "Network & Provisioning"), ("A", "Automation & Support"),
    ];

    public static string Render(OpenApiView view)
    {
        var main = new StringBuilder();
        main.Append("<div class=\"eyebrow\">API Reference · Page 01 / API Hub</div>")
            .Append("<h1>").Append(DocsLayout.Encode(view.Title)).Append(" ").Append(DocsLayout.Encode(view.Version)).Append("</h1>")
            .Append("<p>").Append(DocsMarkdown.Inline(view.Document["info"]?["summary"]?.GetValue<string>() ?? "")).Append("</p>");

        AppendQuickAccess(view, main);
        AppendQuickStart(main);
        AppendVersionFraming(view, main);
        AppendDomains(view, main);
        AppendFeatured(view, main);
        AppendJourney(main);
        AppendGuide(view, main);
        AppendAllOperations(view, main);
        return DocsLayout.Page(view, $"{view.Title} {view.Version} — API reference", null, main.ToString());
    }

    // The seed design's quick-access navigation: the six places a new reader looks for first.
    private static void AppendQuickAccess(OpenApiView view, StringBuilder main)
    {
        (string Label, string Href)[] entries =
        [
            ("API Gateway", "#domain-" + DocsLayout.Slug("API Gateway")),
            ("Subscribers", "#domain-" + DocsLayout.Slug("Subscribers & CRM")),
            ("Billing", "#domain-" + DocsLayout.Slug("Billing & Payments")),
            ("Tickets", view.ById.ContainsKey("listTickets") ? DocsLayout.OperationHref("listTickets") : "#domain-" + DocsLayout.Slug("Automation & Support")),
            ("Provisioning", "#domain-" + DocsLayout.Slug("Network & Provisioning")),
            ("Webhooks", view.ById.ContainsKey("listWebhookEndpoints") ? DocsLayout.OperationHref("listWebhookEndpoints") : "#domain-" + DocsLayout.Slug("Automation & Support")),
        ];
        main.Append("<nav class=\"quick-access\" aria-label=\"Quick access\">");
        foreach (var (label, href) in entries)
        {
            main.Append("<a href=\"").Append(href).Append("\">").Append(DocsLayout.Encode(label)).Append("</a>");
        }

        main.Append("</nav>");
    }

    // A first call that works as shown: this server's own URL (filled in by the page script) and the demo token.
    private static void AppendQuickStart(StringBuilder main)
    {
        var demo = DemoTokens.Default;
        const string origin = "<span class=\"origin\">http://127.0.0.1:5080</span>";
        main.Append("<section id=\"quick-start\"><h2>Quick start</h2>")
            .Append("<p>This server answers at <code>").Append(origin).Append("</code> with the demo data; the demo token <code>")
            .Append(DocsLayout.Encode(demo.ReadWrite)).Append("</code> reads and writes tenant <code>").Append(DocsLayout.Encode(demo.Tenant)).Append("</code>.</p>")
            .Append("<h3>curl</h3><pre><code class=\"quick-curl\">curl -s ").Append(origin).Append("/api/v1/subscribers?limit=2 -H \"Authorization: Bearer ")
            .Append(DocsLayout.Encode(demo.ReadWrite)).Append("\"</code></pre>")
            .Append("<h3>.NET (<code>dotnet add package WISPGate.Sdk</code>)</h3><pre><code class=\"quick-sdk\">")
            .Append("using var wispGate = WispGateClient.Create(new WispGateClientOptions { BaseUrl = new Uri(\"").Append(origin).Append("\"), ApiToken = \"")
            .Append(DocsLayout.Encode(demo.ReadWrite)).Append("\" });\n")
            .Append("Page&lt;Subscriber&gt; page = await wispGate.Subscribers.ListAsync(new SubscriberListOptions { Limit = 2 });\n")
            .Append("foreach (var subscriber in page.Items) Console.WriteLine($\"{subscriber.Id} {subscriber.FullName}\");")
            .Append("</code></pre></section>");
    }

    private static void AppendVersionFraming(OpenApiView view, StringBuilder main)
    {
        main.Append("<section id=\"basics\"><h2>The basics</h2><div class=\"cards\">")
            .Append(Card("Version", view.Version, "Path prefix <code>/api/v1</code>; additive changes only within v1. Clients ignore unknown fields and tolerate unknown enum values."))
            .Append(Card("Auth", "Bearer token", "<code>Authorization: Bearer &lt;api_token&gt;</code>. Scopes <code>read</code> and <code>write</code>; optional <code>X-Tenant-ID</code>."))
            .Append(Card("Environment", "Base URL", $"<code>{DocsLayout.Encode(view.ServerUrl)}</code> locally (the reference mock server). The base URL is environment-specific."))
            .Append(Card("Pagination", "Cursor", "<code>limit</code> (1–100, default 25) and <code>cursor</code>; <code>meta.pagination</code> gives <code>next_cursor</code> and <code>has_more</code>."))
            .Append(Card("Envelope", "success · data · meta", "Errors: <code>{\"success\": false, \"error\": {code, message, field?, details?}}</code>; <code>meta.request_id</code> on every response."))
            .Append(Card("Rate limits", "Per token", "<code>RateLimit-Limit</code>, <code>RateLimit-Remaining</code>, <code>RateLimit-Reset</code>; 429 with <code>Retry-After</code>."))
            .Append("</div></section>");
    }

    private static void AppendDomains(OpenApiView view, StringBuilder main)
    {
        main.Append("<section id=\"domains\"><h2>Browse by domain</h2><div class=\"cards\">");
        foreach (var (letter, tagName) in DomainCards)
        {
            var tag = view.Tags.FirstOrDefault(t => t.Name == tagName);
            var count = view.Operations.Count(o => o.Tag == tagName);
            main.Append("<div class=\"card domain\"><div class=\"label\">").Append(letter).Append("</div>")
                .Append("<div class=\"title\"><a href=\"#domain-").Append(DocsLayout.Slug(tagName)).Append("\">").Append(DocsLayout.Encode(tagName)).Append("</a></div>")
                .Append("<div>").Append(DocsMarkdown.Inline(tag?.Description ?? "")).Append("</div>")
                .Append("<div class=\"label\">").Append(count).Append(" operations</div></div>");
        }

        main.Append("</div></section>");
    }

    private static void AppendFeatured(OpenApiView view, StringBuilder main)
    {
        main.Append("<section id=\"featured\"><h2>Featured endpoints</h2><ul class=\"ops\">");
        foreach (var id in (view.Document["x-featured-operations"] as JsonArray ?? []).Select(n => n?.GetValue<string>()))
        {
            if (id is not null && view.ById.TryGetValue(id, out var operation))
            {
                AppendOperationItem(main, operation);
            }
        }

        main.Append("</ul></section>");
    }

    private static void AppendJourney(StringBuilder main) =>
        main.Append("<section id=\"journey\"><h2>Developer journey</h2><div class=\"cards journey\">")
            .Append("<div class=\"card\"><div class=\"title\">Understand auth</div>Tokens, environments, headers and rate-limit behaviour, right here at the top.</div>")
            .Append("<div class=\"card\"><div class=\"title\">Browse domain</div>Choose the operational area instead of sifting through an unstructured endpoint dump.</div>")
            .Append("<div class=\"card\"><div class=\"title\">Open endpoint page</div>Request and response examples, parameters, schemas and errors in one clean layout.</div>")
            .Append("</div></section>");

    private static void AppendGuide(OpenApiView view, StringBuilder main) =>
        main.Append("<section id=\"guide\"><h2>Conventions</h2>")
            .Append(DocsMarkdown.ToHtml(view.Document["info"]?["description"]?.GetValue<string>() ?? ""))
            .Append("</section>");

    private static void AppendAllOperations(OpenApiView view, StringBuilder main)
    {
        foreach (var tag in view.Tags)
        {
            main.Append("<section id=\"domain-").Append(DocsLayout.Slug(tag.Name)).Append("\"><h2>").Append(DocsLayout.Encode(tag.Name)).Append("</h2>")
                .Append("<p>").Append(DocsMarkdown.Inline(tag.Description)).Append("</p><ul class=\"ops\">");
            foreach (var operation in view.Operations.Where(o => o.Tag == tag.Name))
            {
                AppendOperationItem(main, operation);
            }

            main.Append("</ul></section>");
        }
    }

    private static void AppendOperationItem(StringBuilder main, DocOperation operation) =>
        main.Append("<li>").Append(DocsLayout.Badge(operation.Method))
            .Append("<a href=\"").Append(DocsLayout.OperationHref(operation.Id)).Append("\"><code>").Append(DocsLayout.Encode(operation.Path)).Append("</code></a> — ")
            .Append(DocsLayout.Encode(operation.Summary)).Append("</li>");

    private static string Card(string label, string title, string bodyHtml) =>
        $"<div class=\"card\"><div class=\"label\">{DocsLayout.Encode(label)}</div><div class=\"title\">{DocsLayout.Encode(title)}</div><div>{bodyHtml}</div></div>";
}
