namespace WISPGate.MockServer.Tests.Subscribers;

/// <summary>Contacts of a subscriber.</summary>
public sealed class ContactTests
{
    [Fact]
    public async Task Contacts_are_created_listed_and_deleted()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var created = await api.PostAsync("/api/v1/subscribers/sub_000178/contacts", new { name = "Luis Garcia", email = "luis@example.com", roles = new[] { "technical" } });
        var id = created.DataString("id")!;
        var listed = await api.GetAsync("/api/v1/subscribers/sub_000178/contacts");
        var deleted = await api.DeleteAsync($"/api/v1/subscribers/sub_000178/contacts/{id}");
        var after = await api.GetAsync("/api/v1/subscribers/sub_000178/contacts");

        created.Status.Should().Be(HttpStatusCode.Created);
        created.Header("Location").Should().Be($"/api/v1/subscribers/sub_000178/contacts/{id}");
        id.Should().StartWith("con_");
        listed.Ids.Should().Equal(id, "con_000001");
        deleted.Status.Should().Be(HttpStatusCode.NoContent);
        after.Ids.Should().Equal("con_000001");
    }

    [Fact]
    public async Task A_contact_needs_a_name_and_known_roles()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var noName = await api.PostAsync("/api/v1/subscribers/sub_000178/contacts", new { roles = new[] { "billing" } });
        var badRole = await api.PostAsync("/api/v1/subscribers/sub_000178/contacts", new { name = "X", roles = new[] { "cook" } });
        var noRoles = await api.PostAsync("/api/v1/subscribers/sub_000178/contacts", new { name = "X", roles = Array.Empty<string>() });

        noName.ErrorCode.Should().Be("missing_required_field");
        badRole.ErrorCode.Should().Be("validation_error");
        badRole.ErrorField.Should().Be("roles[0]");
        noRoles.ErrorCode.Should().Be("validation_error");
    }

    [Fact]
    public async Task Another_subscribers_contact_is_404()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.DeleteAsync("/api/v1/subscribers/sub_000179/contacts/con_000001");

        response.Status.Should().Be(HttpStatusCode.NotFound);
        (await api.GetAsync("/api/v1/subscribers/sub_000178/contacts")).Ids.Should().Contain("con_000001");
    }

    [Fact]
    public async Task Contacts_of_an_unknown_subscriber_are_404()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        (await api.GetAsync("/api/v1/subscribers/sub_999999/contacts")).Status.Should().Be(HttpStatusCode.NotFound);
        (await api.PostAsync("/api/v1/subscribers/sub_999999/contacts", new { name = "X", roles = new[] { "billing" } })).Status.Should().Be(HttpStatusCode.NotFound);
    }
}
