/**
 * Colyseus drops a client whose message frame cannot be decoded (corrupt MessagePack). A broken
 * or hostile client should get an `error` instead, like any other bad input, and stay connected:
 * the room checks each data frame with the same decoder first (ShowroomRoom._onMessage).
 */
import { Protocol } from '@colyseus/core'
import { decode } from '@colyseus/schema'
import { unpack } from 'msgpackr'

/** The low bits of a frame's first byte are its protocol code (the rest are modifiers). */
const PROTOCOL_CODE_MASK = 0b11111

/** The message type of a data frame whose payload cannot be decoded; undefined when it can. */
export function undecodableType(buffer: Uint8Array): string | undefined {
  if ((buffer[0] & PROTOCOL_CODE_MASK) !== Protocol.ROOM_DATA) return undefined
  const it = { offset: 1 }
  try {
    const type = decode.stringCheck(buffer, it)
      ? decode.string(buffer, it)
      : decode.number(buffer, it)
    try {
      if (buffer.byteLength > it.offset) unpack(buffer.subarray(it.offset))
      return undefined
    } catch {
      return String(type)
    }
  } catch {
    return '(unreadable)'
  }
}
