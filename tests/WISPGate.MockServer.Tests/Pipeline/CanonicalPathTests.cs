using WISPGate.MockServer.Pipeline;

namespace WISPGate.MockServer.Tests.Pipeline;

/// <summary>
/// The one form guards decide on: decoded until stable, backslashes as slashes, empty and dot segments gone; a path
/// still changing after eight decodings has no canonical form and counts as admin (the guard fails closed).
/// </summary>
public sealed class CanonicalPathTests
{
    [Theory]
    [InlineData("/api/v1/subscribers", "/api/v1/subscribers")]
    [InlineData("//api///v1/./subscribers/", "/api/v1/subscribers")]
    [InlineData("/api/v1/x/../subscribers", "/api/v1/subscribers")]
    [InlineData("/../../api", "/api")]
    [InlineData("\\api\\v1\\..\\v2", "/api/v2")]
    [InlineData("/api%2Fv1%252Fsubscribers", "/api/v1/subscribers")]
    [InlineData("/a/%2e%2e/b", "/b")]
    [InlineData("", "/")]
    public void A_path_is_decoded_until_stable_and_its_segments_folded(string path, string canonical) =>
        CanonicalPath.Of(path).Should().Be(canonical);

    [Fact]
    public void Eight_layers_of_encoding_settle_and_nine_do_not()
    {
        var eightLayers = "/" + Encoded('_', 8) + Encoded('_', 8) + "admin";
        var nineLayers = "/" + Encoded('_', 9) + Encoded('_', 9) + "admin";

        CanonicalPath.Of(eightLayers).Should().Be("/__admin");
        CanonicalPath.Of(nineLayers).Should().BeNull();
        CanonicalPath.IsAdmin(eightLayers).Should().BeTrue();
        CanonicalPath.IsAdmin(nineLayers).Should().BeTrue("a path that does not settle is treated as admin");
    }

    [Theory]
    [InlineData("/__admin/mappings", true)]
    [InlineData("/__ADMIN/requests", true)]
    [InlineData("/api/../__admin/wispgate/clock", true)]
    [InlineData("/%5F%5Fadmin", true)]
    [InlineData("/api/v1/__admin", false)]
    [InlineData("/_admin/mappings", false)]
    [InlineData("/api/v1/subscribers", false)]
    public void The_admin_prefix_is_found_in_any_spelling(string path, bool isAdmin) =>
        CanonicalPath.IsAdmin(path).Should().Be(isAdmin);

    // "%5F" is one layer; every further layer encodes the '%' again ("%255F", "%25255F", …).
    private static string Encoded(char c, int layers) =>
        "%" + string.Concat(Enumerable.Repeat("25", layers - 1)) + ((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture);
}
