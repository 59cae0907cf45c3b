using System.Text;

namespace WISPGate.MockServer.Tests.Support;

/// <summary>Every Network &amp; Provisioning and Automation &amp; Support operation of the contract has a handler (no 501).</summary>
public sealed class ImplementedOperationsTests
{
    public static TheoryData<string, string> Operations()
    {
        var data = new TheoryData<string, string>();
        foreach (var path in ContractCheck.Root.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "patch" or "delete"))
            {
                var tag = operation.Value.GetProperty("tags")[0].GetString();
                if (tag is "Network & Provisioning" or "Automation & Support")
                {
                    data.Add(operation.Name.ToUpperInvariant(), path.Name);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task The_operation_is_implemented_and_answers_as_documented(string method, string template)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var path = template.Replace("{id}", "x_000999", StringComparison.Ordinal).Replace("{device_id}", "dev_000999", StringComparison.Ordinal);
        HttpContent? body = method is "POST" or "PATCH"
            ? template.StartsWith("/api/libreqos", StringComparison.Ordinal)
                ? new StringContent("api_token=wgk_test_readonly", Encoding.UTF8, "application/x-www-form-urlencoded")
                : ApiClient.Json("{}")
            : null;

        var response = await api.SendAsync(new HttpMethod(method), path, body);

        response.Code.Should().NotBe(501, $"{method} {template} has a handler");
        response.Code.Should().BeLessThan(500);
    }
}
