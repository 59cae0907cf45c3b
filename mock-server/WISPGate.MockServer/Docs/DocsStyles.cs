namespace WISPGate.MockServer.Docs;

/// <summary>The one stylesheet of the reference pages, inlined: no CDN, no web fonts.</summary>
internal static class DocsStyles
{
    public const string Css = """
        :root { --ink:#0f172a; --muted:#475569; --line:#e2e8f0; --bg:#f8fafc; --card:#fff; --accent:#0e7490;
                --get:#047857; --post:#1d4ed8; --patch:#b45309; --delete:#b91c1c; --put:#7c3aed; }
        * { box-sizing:border-box; }
        body { margin:0; font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif; color:var(--ink); background:var(--bg); }
        a { color:var(--accent); text-decoration:none; } a:hover { text-decoration:underline; }
        code, pre { font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace; font-size:13px; }
        code { background:#eef2f7; padding:1px 4px; border-radius:4px; }
        pre { background:#0b1220; color:#e2e8f0; padding:14px 16px; border-radius:8px; overflow:auto; margin:8px 0 16px; }
        pre code { background:none; padding:0; color:inherit; }
        .layout { display:grid; grid-template-columns:270px 1fr; min-height:100vh; }
        nav.domains { background:#0b1220; color:#cbd5e1; padding:20px 16px; position:sticky; top:0; height:100vh; overflow:auto; }
        nav.domains a { color:#cbd5e1; display:block; padding:3px 6px; border-radius:4px; font-size:13px; }
        nav.domains a.current { background:#1e293b; color:#fff; }
        nav.domains h2 { font-size:12px; letter-spacing:.08em; text-transform:uppercase; color:#94a3b8; margin:18px 0 6px; }
        nav.domains .brand { font-weight:700; color:#fff; font-size:16px; }
        main { padding:28px 40px 60px; max-width:1100px; }
        .eyebrow { text-transform:uppercase; letter-spacing:.08em; font-size:12px; color:var(--muted); }
        h1 { font-size:30px; margin:6px 0 10px; } h2 { font-size:20px; margin:30px 0 10px; } h3 { font-size:16px; margin:16px 0 6px; }
        .cards { display:grid; grid-template-columns:repeat(auto-fit,minmax(220px,1fr)); gap:14px; margin:14px 0; }
        .card { background:var(--card); border:1px solid var(--line); border-radius:10px; padding:14px 16px; }
        .card .label { font-size:12px; text-transform:uppercase; letter-spacing:.06em; color:var(--muted); }
        .card .title { font-weight:650; margin:4px 0; }
        .badge { display:inline-block; font:600 12px/1 ui-monospace,monospace; padding:4px 7px; border-radius:5px; color:#fff; vertical-align:middle; }
        .badge.GET { background:var(--get); } .badge.POST { background:var(--post); } .badge.PATCH { background:var(--patch); }
        .badge.DELETE { background:var(--delete); } .badge.PUT { background:var(--put); }
        .endpoint { font:600 16px ui-monospace,monospace; margin:8px 0; }
        .tabs { display:flex; gap:6px; border-bottom:1px solid var(--line); margin:18px 0; }
        .tabs a { padding:8px 12px; color:var(--muted); border-bottom:2px solid transparent; }
        .tabs a:hover { color:var(--ink); border-color:var(--accent); text-decoration:none; }
        table { width:100%; border-collapse:collapse; background:var(--card); border:1px solid var(--line); border-radius:8px; margin:8px 0 18px; }
        th, td { text-align:left; padding:8px 10px; border-bottom:1px solid var(--line); vertical-align:top; font-size:14px; }
        th { background:#f1f5f9; font-size:12px; text-transform:uppercase; letter-spacing:.05em; color:var(--muted); }
        td.name { font-family:ui-monospace,monospace; white-space:nowrap; }
        .req { color:#b91c1c; font-size:12px; } .opt { color:var(--muted); font-size:12px; }
        .two { display:grid; grid-template-columns:1fr 1fr; gap:20px; }
        .journey { counter-reset:step; } .journey .card::before { counter-increment:step; content:counter(step); display:inline-block;
          width:26px; height:26px; border-radius:50%; background:var(--accent); color:#fff; text-align:center; line-height:26px; font-weight:700; margin-bottom:6px; }
        ul.ops { list-style:none; padding:0; margin:0; } ul.ops li { padding:6px 0; border-bottom:1px solid var(--line); }
        ul.ops .badge { width:62px; text-align:center; margin-right:8px; }
        footer { color:var(--muted); font-size:12px; margin-top:40px; }
        @media (max-width: 900px) { .layout { grid-template-columns:1fr; } nav.domains { position:static; height:auto; } .two { grid-template-columns:1fr; } }
            pre { position:relative; }
        pre button.copy { position:absolute; top:6px; right:6px; font-size:11px; padding:2px 8px; border-radius:4px; border:1px solid #334155; background:#1e293b; color:#e2e8f0; cursor:pointer; }
        nav.quick-access { display:flex; flex-wrap:wrap; gap:8px; margin:12px 0 20px; }
        nav.quick-access a { border:1px solid var(--line); background:var(--card); border-radius:999px; padding:4px 14px; font-weight:600; }
        form.try { background:var(--card); border:1px solid var(--line); border-radius:8px; padding:14px 16px; }
        form.try .try-row { display:flex; flex-wrap:wrap; gap:12px; margin-bottom:10px; }
        form.try label { display:flex; flex-direction:column; font-size:12px; color:var(--muted); gap:4px; }
        form.try input, form.try select { font:13px ui-monospace,Menlo,Consolas,monospace; padding:4px 6px; min-width:200px; }
        form.try textarea { font:13px ui-monospace,Menlo,Consolas,monospace; width:100%; }
        form.try .try-body { display:block; margin-bottom:10px; }
        form.try button[type=submit] { background:var(--accent); color:#fff; border:0; border-radius:6px; padding:6px 14px; cursor:pointer; }
        .try-status { font-weight:700; margin-top:12px; }
    """;
}
