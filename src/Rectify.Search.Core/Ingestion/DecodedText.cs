namespace Rectify.Search.Core.Ingestion;

/// <summary>Text decoded from a source file and the encoding it was found to be in.</summary>
public sealed record DecodedText(string Text, string EncodingName);
