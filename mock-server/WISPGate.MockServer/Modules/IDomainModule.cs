namespace WISPGate.MockServer.Modules;

/// <summary>
/// A domain of the API (Subscribers &amp; CRM, Billing, ...): its handlers by operationId and the entity
/// collections a seed file may fill. Adding a domain = one module class + an entry in <see cref="DomainModules"/>.
/// </summary>
internal interface IDomainModule
{
    /// <summary>Registers handlers, seed collections and hooks.</summary>
    void Register(DomainRegistry domain);
}
