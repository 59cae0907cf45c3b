using WISPGate.MockServer.Outbound;

namespace WISPGate.MockServer.Tests.Security;

/// <summary>
/// The one rule for URLs the server calls, used at registration and again before every delivery attempt (so a URL
/// stored by any other way — a future update operation, a seed — is refused too).
/// </summary>
public sealed class OutboundUrlTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080/__admin/wispgate/reset")]
    [InlineData("http://localhost:5080/__admin%2Fwispgate%2Freset")]
    [InlineData("http://2130706433:5080/__admin%252Fmappings")]
    [InlineData("http://[::1]:5080/%255F%255Fadmin/requests")]
    [InlineData("https://hooks.example.com/__Admin/files/x")]
    [InlineData("http://127.0.0.1:5080/a/b/%2e%2e/%2e%2e/__admin")]
    [InlineData("http://127.0.0.1:5080/a%5C..%5C__admin/mappings")]
    public void Admin_api_urls_are_refused_whatever_the_host_or_spelling(string url) =>
        OutboundUrl.Problem(url).Should().Contain("/__admin");

    [Theory]
    [InlineData("ftp://127.0.0.1/hooks")]
    [InlineData("/relative/hooks")]
    [InlineData("not a url")]
    [InlineData("")]
    public void Only_absolute_http_urls_are_accepted(string url) =>
        OutboundUrl.Problem(url).Should().Contain("absolute http or https URL");

    [Theory]
    [InlineData("http://127.0.0.1:5080/hooks/wispgate")]
    [InlineData("https://crm.example.com/webhooks/wispgate?tenant=a")]
    [InlineData("http://127.0.0.1:5080/api/v1/admin-notes")]
    public void Receivers_outside_an_admin_api_are_accepted(string url) =>
        OutboundUrl.Problem(url).Should().BeNull();
}
