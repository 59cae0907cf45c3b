namespace WISPGate.MockServer.Support;

/// <summary>Body of createTicketComment.</summary>
internal sealed record CreateTicketCommentRequest(string Author, string Body, bool? Public);
