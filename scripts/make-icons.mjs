// Regenerates the raster icons from public/brand/mark.svg (run by hand after changing the mark; the files are
// committed): app/favicon.ico (32 px PNG inside an ICO), app/apple-icon.png (180 px), public/brand/icon-{192,512}.png.
import fs from 'node:fs'
import sharp from 'sharp'

const svg = fs.readFileSync('public/brand/mark.svg')
const png = (size) => sharp(svg, { density: 600 }).resize(size, size).png().toBuffer()

const ico32 = await png(32)
const header = Buffer.alloc(22)
header.writeUInt16LE(0, 0) // reserved
header.writeUInt16LE(1, 2) // type: icon
header.writeUInt16LE(1, 4) // one image
header.writeUInt8(32, 6) // width
header.writeUInt8(32, 7) // height
header.writeUInt16LE(1, 10) // colour planes
header.writeUInt16LE(32, 12) // bits per pixel
header.writeUInt32LE(ico32.length, 14)
header.writeUInt32LE(22, 18) // offset of the PNG
fs.writeFileSync('app/favicon.ico', Buffer.concat([header, ico32]))
fs.writeFileSync('app/apple-icon.png', await png(180))
for (const size of [192, 512]) fs.writeFileSync(`public/brand/icon-${size}.png`, await png(size))
// The maskable icon keeps the mark inside the safe zone (80%) on the brand colour.
const inner = await sharp(svg, { density: 600 }).resize(410, 410).png().toBuffer()
fs.writeFileSync(
  'public/brand/icon-maskable-512.png',
  await sharp({ create: { width: 512, height: 512, channels: 4, background: '#0b6140' } })
    .composite([{ input: inner, gravity: 'center' }])
    .png()
    .toBuffer(),
)
console.log('icons written')
