using System.Buffers;

namespace HrResponse.Quality.Internal;

/// <summary>Helpers for scratch arrays rented from the shared pool.</summary>
internal static class PooledArray
{
    /// <summary>Makes <paramref name="array"/> hold at least <paramref name="length"/> elements (contents not kept).</summary>
    public static void Ensure<TItem>(ref TItem[] array, int length)
    {
        if (array.Length >= length) return;
        Return(ref array);
        array = ArrayPool<TItem>.Shared.Rent(length);
    }

    /// <summary>Returns a rented array (a no-op for the empty array) and sets the reference to empty.</summary>
    public static void Return<TItem>(ref TItem[] array)
    {
        if (array.Length > 0) ArrayPool<TItem>.Shared.Return(array);
        array = [];
    }
}
