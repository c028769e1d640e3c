using System.Buffers.Binary;
using System.Text;

namespace HrResponse.Io.Internal;

/// <summary>Reads FIT base-type values from a field's bytes, honouring the message's byte order and invalid values.</summary>
internal static class FitValue
{
    /// <summary>Size in bytes of one element of a FIT base type (low 5 bits of the base-type byte); 0 when unknown.</summary>
    public static int ElementSize(byte baseType) => (baseType & 0x1F) switch
    {
        0 or 1 or 2 or 7 or 10 or 13 => 1,
        3 or 4 or 11 => 2,
        5 or 6 or 8 or 12 => 4,
        9 or 14 or 15 or 16 => 8,
        _ => 0,
    };

    /// <summary>
    /// Element <paramref name="index"/> of a numeric field as a double; false when the element is outside the field,
    /// the base type is not numeric, or the value is the base type's "invalid" marker.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> field, byte baseType, bool bigEndian, int index, out double value)
    {
        value = double.NaN;
        var size = ElementSize(baseType);
        if (size == 0 || (baseType & 0x1F) is 7 or 13) return false;
        var start = index * size;
        if (index < 0 || start + size > field.Length) return false;
        var s = field.Slice(start, size);
        switch (baseType & 0x1F)
        {
            case 0 or 2:
                if (s[0] == 0xFF) return false;
                value = s[0];
                return true;
            case 10:
                if (s[0] == 0) return false;
                value = s[0];
                return true;
            case 1:
                if (s[0] == 0x7F) return false;
                value = (sbyte)s[0];
                return true;
            case 3:
            {
                var v = bigEndian ? BinaryPrimitives.ReadInt16BigEndian(s) : BinaryPrimitives.ReadInt16LittleEndian(s);
                if (v == short.MaxValue) return false;
                value = v;
                return true;
            }

            case 4 or 11:
            {
                var v = bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(s) : BinaryPrimitives.ReadUInt16LittleEndian(s);
                if ((baseType & 0x1F) == 4 ? v == ushort.MaxValue : v == 0) return false;
                value = v;
                return true;
            }

            case 5:
            {
                var v = bigEndian ? BinaryPrimitives.ReadInt32BigEndian(s) : BinaryPrimitives.ReadInt32LittleEndian(s);
                if (v == int.MaxValue) return false;
                value = v;
                return true;
            }

            case 6 or 12:
            {
                var v = bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(s) : BinaryPrimitives.ReadUInt32LittleEndian(s);
                if ((baseType & 0x1F) == 6 ? v == uint.MaxValue : v == 0) return false;
                value = v;
                return true;
            }

            case 8:
            {
                var v = bigEndian ? BinaryPrimitives.ReadSingleBigEndian(s) : BinaryPrimitives.ReadSingleLittleEndian(s);
                if (!float.IsFinite(v)) return false;
                value = v;
                return true;
            }

            case 9:
            {
                var v = bigEndian ? BinaryPrimitives.ReadDoubleBigEndian(s) : BinaryPrimitives.ReadDoubleLittleEndian(s);
                if (!double.IsFinite(v)) return false;
                value = v;
                return true;
            }

            case 14:
            {
                var v = bigEndian ? BinaryPrimitives.ReadInt64BigEndian(s) : BinaryPrimitives.ReadInt64LittleEndian(s);
                if (v == long.MaxValue) return false;
                value = v;
                return true;
            }

            default:
            {
                var v = bigEndian ? BinaryPrimitives.ReadUInt64BigEndian(s) : BinaryPrimitives.ReadUInt64LittleEndian(s);
                if ((baseType & 0x1F) == 15 ? v == ulong.MaxValue : v == 0) return false;
                value = v;
                return true;
            }
        }
    }

    /// <summary>A string field: UTF-8 up to the first NUL, or <c>null</c> when empty or invalid.</summary>
    public static string? ReadString(ReadOnlySpan<byte> field)
    {
        var nul = field.IndexOf((byte)0);
        if (nul >= 0) field = field[..nul];
        if (field.IsEmpty) return null;
        try
        {
            return new UTF8Encoding(false, true).GetString(field);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
